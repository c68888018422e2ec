package org.parley.topic;

public record TopicRef(String slug, String name) {

	public String url() {
		return "/topics/" + slug;
	}

}
