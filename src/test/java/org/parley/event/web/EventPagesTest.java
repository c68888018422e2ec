package org.parley.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class EventPagesTest extends ReadingPageTest {

	@Test
	void theTimelineListsTheEventsInTheOrderTheyHappened() {
		assertThat(mvc.get().uri("/events")).hasStatusOk()
			.bodyText()
			.contains("<title>Events · Parley</title>", "<ol class=\"timeline\">")
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

}
