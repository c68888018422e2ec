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

import org.parley.proposal.Language;

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

	/** The language is part of the key: the same points have a diff per language, never one across two. */
	private record Key(Language language, List<Long> older, List<Long> newer) {
	}

	/** The diff from the older to the newer primary (English) text of published points, computed once per pair. */
	public List<Segment> between(List<Long> olderPointIds, String older, List<Long> newerPointIds, String newer) {
		return between(Language.EN, olderPointIds, older, newerPointIds, newer);
	}

	/**
	 * The diff from the older to the newer text of published points in one language; both texts
	 * must be in that language. Computed once per pair and language.
	 */
	public List<Segment> between(Language language, List<Long> olderPointIds, String older, List<Long> newerPointIds,
			String newer) {
		return published.get(new Key(language, List.copyOf(olderPointIds), List.copyOf(newerPointIds)),
				key -> of(older, newer));
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
		return List.copyOf(withoutConfetti(segments));
	}

	/**
	 * Folds a lone common word (or a space, or punctuation) between two changes into the
	 * change, as diff-match-patch's semantic clean-up does: "the" shared by two different
	 * sentences otherwise cuts them into confetti that nobody can read. java-diff-utils
	 * offers no such pass.
	 */
	private static List<Segment> withoutConfetti(List<Segment> segments) {
		List<Segment> clean = new ArrayList<>();
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			switch (segment.kind()) {
				case DELETED -> deleted.append(segment.text());
				case INSERTED -> inserted.append(segment.text());
				case EQUAL -> {
					boolean betweenChanges = (!deleted.isEmpty() || !inserted.isEmpty()) && i + 1 < segments.size();
					String word = segment.text().strip();
					if (betweenChanges && !word.contains(" ") && word.length() <= 12) {
						deleted.append(segment.text());
						inserted.append(segment.text());
					}
					else {
						flush(clean, deleted, inserted);
						clean.add(segment);
					}
				}
			}
		}
		flush(clean, deleted, inserted);
		return clean;
	}

	private static void flush(List<Segment> segments, StringBuilder deleted, StringBuilder inserted) {
		if (!deleted.isEmpty()) {
			segments.add(new Segment(Segment.Kind.DELETED, deleted.toString()));
		}
		if (!inserted.isEmpty()) {
			segments.add(new Segment(Segment.Kind.INSERTED, inserted.toString()));
		}
		deleted.setLength(0);
		inserted.setLength(0);
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
