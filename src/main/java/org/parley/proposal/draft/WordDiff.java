package org.parley.proposal.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/** Word-level differences between two texts, as segments a template prints with ins/del. */
public final class WordDiff {

	public enum Kind {
		SAME, INSERTED, DELETED
	}

	public record Segment(Kind kind, String text) {
	}

	private WordDiff() {
	}

	public static List<Segment> between(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Kind.SAME, a.subList(position, start));
			add(segments, Kind.DELETED, delta.getSource().getLines());
			add(segments, Kind.INSERTED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, Kind.SAME, a.subList(position, a.size()));
		return segments;
	}

	/**
	 * Words, each with the whitespace after it, so that joining the tokens gives the text back
	 * and a run of changed words is one change, not words interleaved with unchanged spaces.
	 */
	static List<String> words(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(text.split("(?<=\\s)(?=\\S)"));
	}

	private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			text = last.text() + text;
		}
		segments.add(new Segment(kind, text));
	}

}
