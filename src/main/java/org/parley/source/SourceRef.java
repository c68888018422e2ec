package org.parley.source;

/**
 * A source as it is cited beside a claim: with its grade and its warning ({@code note}, e.g.
 * "pro-Kremlin aggregator"), so that a reader weighs the claim where it is made.
 */
public record SourceRef(String key, String publisher, String title, Reliability reliability, String note) {

	/** A citation whose warning was not loaded (views that show only the grade). */
	public SourceRef(String key, String publisher, String title, Reliability reliability) {
		this(key, publisher, title, reliability, null);
	}

	public String url() {
		return "/sources/" + key;
	}

}
