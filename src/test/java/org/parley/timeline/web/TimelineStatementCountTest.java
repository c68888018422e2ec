package org.parley.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.ReadingWorld;
import org.parley.support.Statements;

/** The timeline, filtered or not, issues a fixed number of statements, whatever the data. */
class TimelineStatementCountTest extends ReadingPageTest {

	/**
	 * The data revision (read for the visitors' page cache, SharedResponses), then the filter's
	 * parties and topics, how many events and versions match (the page count), the page's
	 * event ids and versions, their events, participants and sources, and the versions' proposers.
	 */
	static final long TIMELINE = 1 + 10;

	@Test
	void theFilteredTimelineDoesNotGrowWithTheData() {
		Statements statements = new Statements(emf);
		List<String> pages = List.of("/events", "/events?party=" + world.us, "/events?topic=" + world.army,
				"/events?from=2025-11-01&to=2026-04-30",
				"/events?party=" + world.e3 + "&topic=" + world.army + "&from=2025-11-01&to=2026-04-30");
		Map<String, Long> before = new LinkedHashMap<>();
		for (String page : pages) {
			before.put(page, statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri(page)).hasStatusOk()));
		}
		for (int i = 0; i < 3; i++) {
			new ReadingWorld(new ReadingData(em, tx));
		}
		Map<String, Long> after = new LinkedHashMap<>();
		for (String page : pages) {
			after.put(page, statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri(page)).hasStatusOk()));
		}
		assertThat(after).isEqualTo(before);
		assertThat(after.get("/events")).isEqualTo(TIMELINE);
		// fewer when nothing matches: no participants or sources to read for no event
		assertThat(after.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(TIMELINE));
	}

}
