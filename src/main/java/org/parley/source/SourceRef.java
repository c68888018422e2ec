package org.parley.source;

public record SourceRef(String key, String publisher, String title, Reliability reliability) {

	public String url() {
		return "/sources/" + key;
	}

}
