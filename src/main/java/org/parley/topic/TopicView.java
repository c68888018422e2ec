package org.parley.topic;

public record TopicView(long id, String slug, String name, String description) {

	public String url() {
		return "/topics/" + slug;
	}

}
