package org.parley.search;

import java.util.List;
import java.util.Map;

import org.parley.party.PartyRef;
import org.parley.topic.TopicRef;

/**
 * One page of results and what the filter form offers. {@code total} counts every match
 * over all pages, {@code counts} by kind.
 */
public record SearchResults(SearchFilter filter, long total, Map<SearchKind, Long> counts, List<SearchHit> hits,
		Choices choices) {

	public static final int PAGE_SIZE = 20;

	/** A published version to filter by: its key and the words shown for it. */
	public record VersionChoice(String proposal, String proposalName, String key, String title) {
	}

	/** A proposal to filter by. */
	public record ProposalChoice(String slug, String name) {
	}

	/**
	 * What the filter form offers. Proposals and versions grow with the data: when there are more
	 * than {@value #LISTED} versions, only the latest are listed (as suggestions, {@code complete}
	 * false) and the form takes any other typed in.
	 */
	public record Choices(List<ProposalChoice> proposals, List<VersionChoice> versions, List<PartyRef> parties,
			List<TopicRef> topics, boolean complete) {

		public static final int LISTED = 50;

	}

	public int page() {
		return filter.page();
	}

	public int pageCount() {
		return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return page() > 1;
	}

	public boolean hasNext() {
		return page() < pageCount();
	}

	/** The position of the first hit on this page among all hits, from 1. */
	public long firstNumber() {
		return (long) (page() - 1) * PAGE_SIZE + 1;
	}

}
