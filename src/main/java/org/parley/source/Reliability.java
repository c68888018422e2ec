package org.parley.source;

/** How far a source can be trusted, from an official text down to an unverified relay. */
public enum Reliability {

	OFFICIAL(false), REPUTABLE_MEDIA(false), STATE_CONTROLLED_MEDIA(true), AGGREGATOR(true), UNVERIFIED(true);

	private final boolean weak;

	Reliability(boolean weak) {
		this.weak = weak;
	}

	/**
	 * A weak grade cannot carry a claim alone: an outlet a state controls speaks for that
	 * state, an aggregator or mirror relays without checking, an unverified source is just
	 * that. See {@link Confidence}.
	 */
	public boolean weak() {
		return weak;
	}

}
