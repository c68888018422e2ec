package org.parley.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.event.Event;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class EventPagesTest extends ReadingPageTest {

	@Test
	void theTimelineListsTheEventsInTheOrderTheyHappened() {
		// every page of it, one after the other (the timeline comes in pages: TimelinePagesTest)
		assertThat(everyPage("/events")).contains("<title>Events · Parley</title>", "<ol class=\"timeline\">")
			.containsSubsequence("2025-11-23", "href=\"/events/" + world.geneva + "\"", "2025-12-")
			.contains("Geneva consultations");
	}

	@Test
	void anEventShowsDatesPlaceParticipantsOutcomeSourcesAndPositions() {
		assertThat(mvc.get().uri("/events/{e}", world.geneva)).hasStatusOk()
			.bodyText()
			.contains("<h1>Geneva consultations")
			.contains("2025-11-23", "Geneva", "Outcome of Geneva consultations")
			.contains("Marco Rubio", "href=\"/parties/" + world.us + "\"", "href=\"/parties/" + world.ukraine + "\"",
					"Russian delegation (undisclosed)")
			.contains("href=\"/sources/" + world.official + "\"")
			.contains("Positions stated there", "Ukraine could live with a higher peacetime cap.");
	}

	@Test
	void anUnknownEventIsNotFound() {
		assertThat(mvc.get().uri("/events/no-such-event")).hasStatus(HttpStatus.NOT_FOUND);
	}


	@Test
	void aStateControlledSourceIsGradedSoBesideTheEventThatCitesIt() {
		assertThat(mvc.get().uri("/events/2025-11-20-driscoll-delivers-plan-in-kyiv")).hasStatusOk()
			.bodyText()
			.contains(">TASS</a> <span class=\"reliability reliability-STATE_CONTROLLED_MEDIA\">(state-controlled media)</span>"
					+ "<span class=\"source-warning\"> — Russian state news agency.</span>");
	}

	@Test
	void publishedVersionsAppearOnTheTimelineBesideEventsOnTheDayTheyWereIssued() {
		assertThat(everyPage("/events")).containsSubsequence("id=\"version-" + world.plan + "@1\"", "2025-11-20", "version issued",
					"href=\"/proposals/" + world.plan + "/versions/1\"", "Test peace plan — Leaked draft",
					"id=\"event-" + world.geneva + "\"", "Geneva consultations",
					"href=\"/proposals/" + world.plan + "/versions/2\"",
					"href=\"/proposals/" + world.counter + "/versions/2\"");
	}

	@Test
	void aDraftNeverShowsOnTheTimelineWhateverTheFilter() {
		for (String query : List.of("", "?party=" + world.us, "?topic=" + world.army, "?from=2025-12-01&to=2025-12-01")) {
			assertThat(mvc.get().uri("/events" + query)).hasStatusOk()
				.bodyText()
				.doesNotContain("href=\"/proposals/" + world.plan + "/versions/3\"")
				.doesNotContain("Unfinished draft");
		}
	}

	@Test
	void theTimelineFiltersByParty() {
		// the US proposed the plan and Rubio was at Geneva; the E3's counter-proposal is not theirs
		assertThat(mvc.get().uri("/events?party={p}", world.us)).hasStatusOk()
			.bodyText()
			.contains("href=\"/proposals/" + world.plan + "/versions/1\"", "href=\"/events/" + world.geneva + "\"")
			.doesNotContain("href=\"/proposals/" + world.counter + "/versions/1\"")
			.contains("<option value=\"" + world.us + "\" selected=\"selected\">United States</option>");
		// Russia neither proposed nor took part (a named, unattributed delegation does not count)
		assertThat(mvc.get().uri("/events?party={p}", world.russia)).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/events/" + world.geneva + "\"", "href=\"/proposals/" + world.plan + "/versions/");
		// the United Kingdom is a member of the E3, which proposed the counter-proposal
		assertThat(mvc.get().uri("/events?party={p}", world.uk)).hasStatusOk()
			.bodyText()
			.contains("href=\"/proposals/" + world.counter + "/versions/1\"")
			.doesNotContain("href=\"/proposals/" + world.plan + "/versions/1\"", "href=\"/events/" + world.geneva + "\"");
	}

	@Test
	void theTimelineFiltersByTopic() {
		// a position on the armed-forces cap was stated at Geneva; v1 and the counter-proposal have points on it
		assertThat(mvc.get().uri("/events?topic={t}", world.army)).hasStatusOk()
			.bodyText()
			.contains("href=\"/events/" + world.geneva + "\"", "href=\"/proposals/" + world.plan + "/versions/1\"",
					"href=\"/proposals/" + world.counter + "/versions/1\"")
			.doesNotContain("href=\"/proposals/" + world.plan + "/versions/2\"");
		assertThat(mvc.get().uri("/events?topic={t}", world.nato)).hasStatusOk()
			.bodyText()
			.contains("href=\"/proposals/" + world.plan + "/versions/1\"")
			.doesNotContain("href=\"/events/" + world.geneva + "\"", "href=\"/proposals/" + world.counter + "/versions/");
	}

	@Test
	void theTimelineFiltersByDateRange() {
		assertThat(mvc.get().uri("/events?from=2025-11-21&to=2025-11-25")).hasStatusOk()
			.bodyText()
			.contains("href=\"/events/" + world.geneva + "\"", "href=\"/proposals/" + world.plan + "/versions/2\"",
					"value=\"2025-11-21\"", "value=\"2025-11-25\"")
			.doesNotContain("href=\"/proposals/" + world.plan + "/versions/1\"",
					"href=\"/proposals/" + world.counter + "/versions/2\"", "2026-04-11");
		assertThat(mvc.get().uri("/events?from=2026-04-01")).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/events/" + world.geneva + "\"");
	}

	@Test
	void aFilterThatCannotBeAppliedIsABadRequestThatSaysWhy() {
		assertThat(mvc.get().uri("/events?from=2025-13-01")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/events?to=yesterday")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/events?from=2025-12-01&to=2025-11-01")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("ends (2025-11-01) before it starts (2025-12-01)");
		assertThat(mvc.get().uri("/events?party=atlantis")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no party &#39;atlantis&#39;.");
		assertThat(mvc.get().uri("/events?party=" + world.us + "&from=2030-01-01")).hasStatusOk()
			.bodyText()
			.contains("Nothing on the timeline matches these filters.");
	}

	@Test
	void theSampleTimelineRunsToAprilTwentyTwentySixWithUkrainesDecemberResponseBesideItsEvent() {
		assertThat(mvc.get().uri("/events?party=ukraine&from=2025-12-01&to=2025-12-31")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/events/2025-12-10-ukraine-sends-revised-version\"",
					"href=\"/proposals/ukraine-december-response/versions/1\"",
					"href=\"/proposals/ukraine-20-point-plan/versions/1\"")
			.doesNotContain("href=\"/proposals/us-28-point-plan/versions/", "2026-04-11");
		assertThat(mvc.get().uri("/events?topic=ceasefire&from=2026-04-01")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/proposals/ukraine-easter-ceasefire-2026/versions/1\"",
					"href=\"/events/2026-04-11-orthodox-easter-truce\"",
					"href=\"/proposals/ukraine-easter-ceasefire-2026/versions/2\"")
			.doesNotContain("href=\"/events/2026-03-21-us-ukraine-talks-florida\"");
	}

	@Test
	void anEventThatRestsOnlyOnAggregatorsOrStateOutletsIsLowConfidenceOnItsPageAndTheTimeline() throws Exception {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			LocalDate day = LocalDate.of(2025, 12, 3);
			Source aggregator = d.source("weak-aggregator", "Mirror", Reliability.AGGREGATOR, day);
			Source state = d.source("weak-state", "TASS", Reliability.STATE_CONTROLLED_MEDIA, day);
			Source reputable = d.source("weak-reputable", "Reuters", Reliability.REPUTABLE_MEDIA, day);
			d.event("mirrored", "Mirrored meeting", day, "Moscow", aggregator);
			d.event("state-reported", "State-reported meeting", day, "Moscow", state);
			Event backed = d.event("backed", "Backed meeting", day, "Moscow", state);
			backed.getSources().add(reputable);
		});
		String timeline = everyPage("/events");
		for (String event : new String[] { "mirrored", "state-reported" }) {
			assertThat(mvc.get().uri("/events/{e}", data.slug(event))).hasStatusOk()
				.bodyText()
				.contains("<span class=\"badge low-confidence\">low confidence</span>",
						"rests only on aggregators, state-controlled or unverified sources");
			assertThat(entry(timeline, data.slug(event))).contains("badge low-confidence");
		}
		assertThat(mvc.get().uri("/events/{e}", data.slug("backed"))).hasStatusOk()
			.bodyText()
			.contains("TASS", "Reuters")
			.doesNotContain("badge low-confidence", "rests only on aggregators");
		assertThat(entry(timeline, data.slug("backed"))).contains("Backed meeting").doesNotContain("badge low-confidence");
	}

	private static String entry(String timeline, String slug) {
		int start = timeline.indexOf("id=\"event-" + slug + "\"");
		assertThat(start).as("%s on the timeline", slug).isNotNegative();
		return timeline.substring(start, timeline.indexOf("</li>", start));
	}

}
