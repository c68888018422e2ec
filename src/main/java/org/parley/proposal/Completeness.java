package org.parley.proposal;

public enum Completeness {
	COMPLETE, PARTIAL
}
