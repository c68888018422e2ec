package org.parley.proposal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citable key of a version, {@code us-28-point-plan@1}, and of a point,
 * {@code us-28-point-plan@1#6}: the one reading of such keys, in URLs, forms and datasets
 * alike, with one set of limits.
 */
public record VersionKey(String proposal, int number) {

	/** A proposal's slug: lower-case words of letters and digits joined by hyphens. */
	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	public static final int MAX_SLUG_LENGTH = 80;

	/** A point's label as documents number them: 6, 6a, 6.1, (iii), u1. */
	public static final Pattern LABEL = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.()-]*");

	public static final int MAX_LABEL_LENGTH = 20;

	/** Version numbers run from 1 to 999 999; anything longer is no version. */
	private static final Pattern VERSION = Pattern.compile("(" + SLUG + ")@([1-9][0-9]{0,5})");

	private static final Pattern POINT = Pattern.compile(VERSION + "#(" + LABEL + ")");

	/** The number of {@code proposal@latest}: the latest published version, as of a date or today. */
	public static final int LATEST = 0;

	private static final Pattern LATEST_VERSION = Pattern.compile("(" + SLUG + ")@latest");

	/** What a malformed key is told, after the name of the parameter or field that held it. */
	public static final String VERSION_FORMAT = "must name a version as proposal@number, for example us-28-point-plan@1";

	public static final String POINT_FORMAT = "must name a point as proposal@number#label, for example us-28-point-plan@1#6";

	/** A key that is not {@code proposal@number}; its message says what was expected. */
	public static final class Malformed extends IllegalArgumentException {

		Malformed(String format, String value) {
			super(format + ", not '" + value + "'.");
		}

	}

	/** The key written {@code text} (white space around it ignored), or empty when it is none. */
	public static Optional<VersionKey> read(String text) {
		Matcher matcher = VERSION.matcher(text == null ? "" : text.strip());
		return matcher.matches() && matcher.group(1).length() <= MAX_SLUG_LENGTH
				? Optional.of(new VersionKey(matcher.group(1), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	/** As {@link #read}, a malformed key refused with the message of {@link #VERSION_FORMAT}. */
	public static VersionKey parse(String text) {
		return read(text).orElseThrow(() -> new Malformed(VERSION_FORMAT, text));
	}

	/**
	 * As {@link #parse}, and {@code proposal@latest} too: where a reader asks for texts (request
	 * parameters, resolved by ProposalQueries.resolve), not where a record names one (datasets,
	 * forms), which stay with {@link #read}.
	 */
	public static VersionKey parseOrLatest(String text) {
		Matcher latest = LATEST_VERSION.matcher(text == null ? "" : text.strip());
		if (latest.matches() && latest.group(1).length() <= MAX_SLUG_LENGTH) {
			return new VersionKey(latest.group(1), LATEST);
		}
		return read(text).orElseThrow(() -> new Malformed(VERSION_FORMAT + " or proposal@latest", text));
	}

	/** Whether this key asks for the latest version rather than naming one. */
	public boolean latest() {
		return number == LATEST;
	}

	/** The key of the point labelled {@code label} of this version. */
	public PointKey point(String label) {
		return new PointKey(this, label);
	}

	@Override
	public String toString() {
		return proposal + "@" + (latest() ? "latest" : String.valueOf(number));
	}

	/** The citable key of a point: its version's key and its label. */
	public record PointKey(VersionKey version, String label) {

		public static Optional<PointKey> read(String text) {
			Matcher matcher = POINT.matcher(text == null ? "" : text.strip());
			return matcher.matches() && matcher.group(1).length() <= MAX_SLUG_LENGTH
					&& matcher.group(3).length() <= MAX_LABEL_LENGTH
							? Optional.of(new VersionKey(matcher.group(1), Integer.parseInt(matcher.group(2)))
								.point(matcher.group(3)))
							: Optional.empty();
		}

		public static PointKey parse(String text) {
			return read(text).orElseThrow(() -> new Malformed(POINT_FORMAT, text));
		}

		@Override
		public String toString() {
			return version + "#" + label;
		}

	}

}
