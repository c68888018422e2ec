package org.parley.compare;

/** A run of words of a word diff: kept, inserted or deleted relative to the older text. */
public record Segment(Kind kind, String text) {

	public enum Kind {
		EQUAL, INSERTED, DELETED
	}

	public boolean inserted() {
		return kind == Kind.INSERTED;
	}

	public boolean equal() {
		return kind == Kind.EQUAL;
	}

	public boolean deleted() {
		return kind == Kind.DELETED;
	}

}
