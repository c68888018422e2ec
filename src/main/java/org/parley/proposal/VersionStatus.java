package org.parley.proposal;

/** A DRAFT is seen by editors only; a PUBLISHED version never changes again. */
public enum VersionStatus {
	DRAFT, PUBLISHED
}
