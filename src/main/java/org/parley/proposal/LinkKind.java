package org.parley.proposal;

/** How a point relates to an earlier one: same provision carried on, or an answer to another proposal's point. */
public enum LinkKind {
	CARRIED_OVER, REVISED, MERGED, SPLIT, ANSWERS
}
