package org.parley.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.proposal.VersionKey;
import org.parley.source.Reliability;

/**
 * What the reader searched for and narrowed the results to; everything but the query is
 * optional. Control characters (NUL included, which PostgreSQL refuses in text) become
 * spaces, so any typed query either runs or is refused for its length.
 */
public record SearchFilter(String query, Set<SearchKind> kinds, String proposal, VersionKey version, String party,
		String topic, LocalDate from, LocalDate to, Reliability reliability, int page) {

	/** Long enough for any real question, short enough to keep the query cheap (the search boxes' maxlength). */
	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_PAGE = 10_000;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF]");

	public SearchFilter {
		query = query == null ? "" : CONTROL.matcher(query).replaceAll(" ").strip();
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidSearch("error.search.tooLong", MAX_QUERY_LENGTH, query.length());
		}
		kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
		proposal = blankToNull(proposal);
		party = blankToNull(party);
		topic = blankToNull(topic);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidSearch("error.timeline.rangeReversed", to.toString(), from.toString());
		}
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidSearch("error.search.page", MAX_PAGE);
		}
	}

	/** A filter from request parameters as typed: kinds and grade by their lower-case codes. */
	public static SearchFilter of(String query, List<String> kinds, String proposal, VersionKey version, String party,
			String topic, LocalDate from, LocalDate to, String reliability, Integer page) {
		Set<SearchKind> chosen = EnumSet.noneOf(SearchKind.class);
		if (kinds != null) {
			kinds.stream().filter(k -> k != null && !k.isBlank()).map(SearchKind::of).forEach(chosen::add);
		}
		return new SearchFilter(query, chosen, proposal, version, party, topic, from, to, grade(reliability),
				page == null ? 1 : page);
	}

	/** Whether there is anything to search for; an empty box shows the form alone. */
	public boolean hasQuery() {
		return !query.isEmpty();
	}

	/** Whether every kind is searched (no kind filter). */
	public boolean allKinds() {
		return kinds.size() == SearchKind.values().length;
	}

	/** Whether results of the kind written {@code code} are searched. */
	public boolean searches(String code) {
		return kinds.stream().anyMatch(k -> k.code().equals(code));
	}

	private static Reliability grade(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (Reliability reliability : Reliability.values()) {
			if (reliability.name().equalsIgnoreCase(code.strip())) {
				return reliability;
			}
		}
		throw new InvalidSearch("error.search.reliability", code);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
