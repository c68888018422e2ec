package org.parley.feed;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened, as a feed tells it: what kind, the words its title is made of
 * (message arguments), the permalink path it links to and a stable id (a tag URI that names
 * the record and, for positions, the revision that recorded or corrected it).
 */
public record FeedEntry(Kind kind, String id, List<Object> arguments, String path, Instant updated) {

	/** What the entry's title says, with {@link #arguments}. */
	public String messageKey() {
		return "feed.entry." + kind;
	}

	/** The message {@code feed.entry.<kind>} says what happened. */
	public enum Kind {

		VERSION_PUBLISHED, POSITION_RECORDED, POSITION_CORRECTED, EVENT_ADDED

	}

}
