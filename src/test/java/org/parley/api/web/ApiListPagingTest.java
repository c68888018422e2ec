package org.parley.api.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.parley.event.EventQueries;
import org.parley.party.PartyQueries;
import org.parley.proposal.ProposalQueries;
import org.parley.source.SourceQueries;
import org.parley.support.ReadingPageTest;
import org.parley.topic.TopicQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's lists, read a page at a time from the database, hold on every page the items
 * the whole list holds there, in the order the API listed them when it paged in memory; a
 * page past the end is empty (not a 404) and says how many items there are.
 */
class ApiListPagingTest extends ReadingPageTest {

	private static final int SIZE = 3;

	@Autowired
	ProposalQueries proposals;

	@Autowired
	EventQueries events;

	@Autowired
	SourceQueries sources;

	@Autowired
	PartyQueries parties;

	@Autowired
	TopicQueries topics;

	/** Each list, with the keys of every item in the order of the unpaged read the API used before. */
	private Map<String, Supplier<List<String>>> lists() {
		return Map.of("/api/v1/proposals?", () -> proposals.proposals().stream().map(p -> p.slug()).toList(),
				"/api/v1/events?", () -> events.latest(Integer.MAX_VALUE).stream().map(e -> e.slug()).toList(),
				"/api/v1/sources?", () -> sources.sources().stream().map(s -> s.key()).toList(),
				"/api/v1/parties?", () -> parties.parties().stream().map(p -> p.slug()).toList(),
				"/api/v1/topics?", () -> topics.topics().stream().map(t -> t.slug()).toList());
	}

	@Test
	void theSecondPageHoldsTheNextItemsInTheListsOrder() {
		lists().forEach((list, unpaged) -> {
			List<String> all = unpaged.get();
			assertThat(all).as(list).hasSizeGreaterThan(2 * SIZE);
			String key = list.contains("sources") ? "key" : "slug";
			assertThat(mvc.get().uri(list + "page=1&size=" + SIZE)).as(list)
				.hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.items[*]." + key,
						v -> assertThat(v).asList().containsExactlyElementsOf(all.subList(SIZE, 2 * SIZE)))
				.hasPathSatisfying("$.page", v -> assertThat(v).isEqualTo(1))
				.hasPathSatisfying("$.size", v -> assertThat(v).isEqualTo(SIZE))
				.hasPathSatisfying("$.total", v -> assertThat(v).isEqualTo(all.size()));
			// the last page holds the rest
			int last = (all.size() - 1) / SIZE;
			assertThat(mvc.get().uri(list + "page=" + last + "&size=" + SIZE)).as(list)
				.bodyJson()
				.hasPathSatisfying("$.items[*]." + key,
						v -> assertThat(v).asList().containsExactlyElementsOf(all.subList(last * SIZE, all.size())));
		});
	}

	@Test
	void aPagePastTheEndIsEmptyAndBadParametersAre400() {
		lists().forEach((list, unpaged) -> {
			int total = unpaged.get().size();
			assertThat(mvc.get().uri(list + "page=500&size=" + SIZE)).as(list)
				.hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.items", v -> assertThat(v).asList().isEmpty())
				.hasPathSatisfying("$.page", v -> assertThat(v).isEqualTo(500))
				.hasPathSatisfying("$.total", v -> assertThat(v).isEqualTo(total));
			for (String bad : List.of("page=-1", "size=0", "size=201", "page=x")) {
				assertThat(mvc.get().uri(list + bad)).as(list + bad).hasStatus(400);
			}
		});
	}

}
