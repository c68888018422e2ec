package org.parley.source;

/** How far a source can be trusted, from an official text down to an unverified relay. */
public enum Reliability {
	OFFICIAL, REPUTABLE_MEDIA, STATE_CONTROLLED_MEDIA, AGGREGATOR, UNVERIFIED
}
