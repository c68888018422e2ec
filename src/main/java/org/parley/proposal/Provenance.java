package org.parley.proposal;

/** Where a version's text comes from. */
public enum Provenance {
	OFFICIAL, LEAKED, REPORTED, RECONSTRUCTED
}
