package org.parley.proposal;

/**
 * What a point's text in another language is: the document's own words (it was written in
 * that language), a translation its issuer published, someone else's translation, or Parley's
 * paraphrase. A paraphrase is never shown as the document's words.
 */
public enum WordingBasis {
	ORIGINAL, OFFICIAL_TRANSLATION, UNOFFICIAL_TRANSLATION, PARAPHRASE
}
