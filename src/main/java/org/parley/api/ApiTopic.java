package org.parley.api;

import java.util.List;

import org.parley.topic.TopicView;

/** A topic; on its own page, with the published points that carry it ({@code points}). */
public record ApiTopic(String slug, String name, String description, List<ApiPoint.Ref> points, String href) {

	public static ApiTopic of(TopicView t, List<ApiPoint.Ref> points) {
		return new ApiTopic(t.slug(), t.name(), t.description(), points, t.url());
	}

}
