package org.parley.timeline;

import java.time.LocalDate;

/**
 * What the reader narrowed the timeline to; every part optional. A party matches what it, one
 * of its members or a group it belongs to took part in or proposed; a topic matches a version
 * with a point on it and an event where a position on it was stated; a date range matches the
 * versions issued and the events under way within it.
 */
public record TimelineFilter(String party, String topic, LocalDate from, LocalDate to) {

	public TimelineFilter {
		party = blankToNull(party);
		topic = blankToNull(topic);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidTimelineFilter("error.timeline.rangeReversed", to.toString(), from.toString());
		}
	}

	public static TimelineFilter none() {
		return new TimelineFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return party == null && topic == null && from == null && to == null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
