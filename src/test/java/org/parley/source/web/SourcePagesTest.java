package org.parley.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class SourcePagesTest extends ReadingPageTest {

	@Test
	void theListGivesPublisherDateReliabilityInWordsAndTheOriginal() {
		assertThat(mvc.get().uri("/sources")).hasStatusOk()
			.bodyText()
			.contains("<title>Sources · Parley</title>")
			.contains("href=\"/sources/" + world.aggregator + "\"", "Mirror Site", "aggregator or mirror")
			.contains("href=\"https://example.org/" + world.aggregator + "\"")
			.contains("reputable media");
	}

	@Test
	void aSourceShowsEverythingPublishedThatCitesIt() {
		assertThat(mvc.get().uri("/sources/{s}", world.official)).hasStatusOk()
			.bodyText()
			.contains("<h1>Report by White House</h1>", "official")
			.contains("href=\"/proposals/" + world.plan + "/versions/1\"", "href=\"/proposals/" + world.plan + "/versions/2\"")
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/1\"")
			.contains("href=\"/events/" + world.geneva + "\"")
			// cited as a further source of the conditional acceptance
			.contains("Ukraine could live with a higher peacetime cap.")
			.doesNotContain("Unfinished draft")
			.doesNotContain("Russia welcomed a line of the draft.");
	}

	@Test
	void anUnknownSourceIsNotFound() {
		assertThat(mvc.get().uri("/sources/no-such-source")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
