package org.parley.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.springframework.stereotype.Component;

/**
 * Word-level differences between point texts. The texts of published versions never
 * change, so a diff keyed on the ids of published points stays true forever and in every
 * instance sharing the database: the cache needs no invalidation. Callers must only pass
 * points of published versions.
 */
@Component
public class WordDiff {

	// words, runs of white space and punctuation are separate tokens, so that a changed
	// comma does not mark the whole neighbouring word as changed
	private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

	private final Cache<Key, List<Segment>> published = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterAccess(Duration.ofHours(12))
		.build();

	private record Key(List<Long> older, List<Long> newer) {
	}

	/** The diff from the older to the newer text of published points, computed once per pair. */
	public List<Segment> between(List<Long> olderPointIds, String older, List<Long> newerPointIds, String newer) {
		return published.get(new Key(List.copyOf(olderPointIds), List.copyOf(newerPointIds)), key -> of(older, newer));
	}

	/** The diff from {@code older} to {@code newer}, uncached. */
	public static List<Segment> of(String older, String newer) {
		List<String> from = tokens(older);
		List<String> to = tokens(newer);
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Segment.Kind.EQUAL, from.subList(at, start));
			add(segments, Segment.Kind.DELETED, delta.getSource().getLines());
			add(segments, Segment.Kind.INSERTED, delta.getTarget().getLines());
			at = start + delta.getSource().size();
		}
		add(segments, Segment.Kind.EQUAL, from.subList(at, from.size()));
		return List.copyOf(segments);
	}

	/** Same words in the same order; differences in white space alone do not count. */
	public static boolean sameWording(String a, String b) {
		return normalised(a).equals(normalised(b));
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Segment.Kind kind, List<String> tokens) {
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
