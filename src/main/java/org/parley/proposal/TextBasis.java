package org.parley.proposal;

/** What a point's recorded text is: the document's own words, a translation, or Parley's paraphrase. */
public enum TextBasis {
	VERBATIM, TRANSLATION, PARAPHRASE
}
