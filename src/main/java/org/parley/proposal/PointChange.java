package org.parley.proposal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What became of a provision between a version and a later one, decided once for every
 * page that says it (the diff, a draft's changes, the link a draft records to its base).
 * <p>
 * A provision is <em>revised</em> when its text says something else: texts are compared with
 * runs of white space folded into one space and the ends trimmed, so a text pasted again with
 * other line breaks is the same wording. A text that only reports a change ({@link TextBasis#REPORTED_CHANGE})
 * is revised against whatever it is paired with. The title is Parley's own heading for the point, not
 * the document's words, so a new title alone revises nothing. Points paired with several
 * (a merge or a split) are compared as their texts joined in document order. Same wording
 * under other labels is <em>renumbered</em>; a revised point that also moved counts as revised.
 * <p>
 * A provision the newer version has and the older does not is <em>added</em>. A provision of
 * the older version that the newer does not carry is <em>removed</em> only when the newer is
 * known in full ({@link Completeness#COMPLETE}) or records the removal; a partly known version
 * (a text reported in part, a draft retrieved in part) is otherwise silent about it, and silence
 * says nothing: the provision is <em>not known</em> there.
 */
public enum PointChange {

	ADDED, REMOVED, NOT_KNOWN, REVISED, RENUMBERED, UNCHANGED;

	/**
	 * One side of a pair: a point's label and text. {@code wording} is false when the text only
	 * reports what changed ({@link TextBasis#isWording()}): such a text says the provision differs
	 * without giving its words, so it is never the same wording as another.
	 */
	public record Wording(String label, String text, boolean wording) {

		public Wording(String label, String text) {
			this(label, text, true);
		}

	}

	/** The change between two versions known in full; either side may be empty. */
	public static PointChange of(List<Wording> older, List<Wording> newer) {
		return of(older, newer, Completeness.COMPLETE, false);
	}

	/**
	 * The change from the older points of a pair to the newer ones; either side may be empty.
	 * {@code newerVersion} says whether the newer version is known in full, {@code removalRecorded}
	 * whether it records the older points as struck out.
	 */
	public static PointChange of(List<Wording> older, List<Wording> newer, Completeness newerVersion,
			boolean removalRecorded) {
		if (older.isEmpty()) {
			return ADDED;
		}
		if (newer.isEmpty()) {
			return newerVersion == Completeness.PARTIAL && !removalRecorded ? NOT_KNOWN : REMOVED;
		}
		if (!allWording(older) || !allWording(newer) || !sameWording(joined(older), joined(newer))) {
			return REVISED;
		}
		return labels(older).equals(labels(newer)) ? UNCHANGED : RENUMBERED;
	}

	/** Same words in the same order; differences in white space alone do not count. */
	public static boolean sameWording(String a, String b) {
		return (a != null && a.equals(b)) || normalised(a).equals(normalised(b));
	}

	private static boolean allWording(List<Wording> points) {
		return points.stream().allMatch(Wording::wording);
	}

	private static String joined(List<Wording> points) {
		return points.stream().map(Wording::text).collect(Collectors.joining("\n\n"));
	}

	private static List<String> labels(List<Wording> points) {
		return points.stream().map(Wording::label).toList();
	}

	/** Compiled once: {@code String.replaceAll} compiles its pattern on every call (every cell of a comparison). */
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static String normalised(String text) {
		return text == null ? "" : WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
	}

}
