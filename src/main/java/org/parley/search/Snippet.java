package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of a result with the words that matched marked. Kept as plain text parts so a
 * template writes each with th:text (escaped) inside or outside a mark element, and no stored
 * text is ever written as HTML.
 */
public record Snippet(List<Part> parts) {

	/** What PostgreSQL's ts_headline puts around a match: private-use characters no text holds. */
	static final char START = '\uE000';

	static final char STOP = '\uE001';

	public record Part(String text, boolean match) {
	}

	/** Reads a headline produced with {@link #START} and {@link #STOP} as selection markers. */
	static Snippet read(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null) {
			return new Snippet(parts);
		}
		StringBuilder text = new StringBuilder();
		boolean inMatch = false;
		for (char c : headline.toCharArray()) {
			if (c == START || c == STOP) {
				if (!text.isEmpty()) {
					parts.add(new Part(text.toString(), inMatch));
					text.setLength(0);
				}
				inMatch = c == START;
			}
			else {
				text.append(c);
			}
		}
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), inMatch));
		}
		return new Snippet(List.copyOf(parts));
	}

	/** The passage without marks. */
	public String text() {
		return parts.stream().map(Part::text).collect(Collectors.joining());
	}

}
