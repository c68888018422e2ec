package org.parley.proposal;

/**
 * What a point's recorded text is: the document's own words, a translation, Parley's
 * paraphrase, or only a report of what changed (the wording itself is not known).
 */
public enum TextBasis {
	VERBATIM, TRANSLATION, PARAPHRASE, REPORTED_CHANGE;

	/**
	 * Whether the text renders the provision's wording, so that it may be word-diffed against
	 * another. A reported change is a remark about the wording: diffing it would read as if the
	 * document said it.
	 */
	public boolean isWording() {
		return this != REPORTED_CHANGE;
	}

	/** The same question for a basis that may be missing (a point stored before bases existed). */
	public static boolean isWording(TextBasis basis) {
		return basis == null || basis.isWording();
	}
}
