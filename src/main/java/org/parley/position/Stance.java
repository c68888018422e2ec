package org.parley.position;

/** A party's stance, from full support to a red line; ordered from most to least favourable. */
public enum Stance {
	SUPPORTS, ACCEPTS_WITH_CONDITIONS, UNDECIDED, OPPOSES, REJECTS
}
