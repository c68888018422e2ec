package org.parley.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.support.ReadingData;
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
	void aDateIsShownOnlyAsPreciselyAsItIsKnown() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			d.source("monthly", "Monthly Review", Reliability.REPUTABLE_MEDIA, LocalDate.of(2025, 11, 1),
					DatePrecision.MONTH);
			d.source("inferred", "Inferred Daily", Reliability.REPUTABLE_MEDIA, LocalDate.of(2025, 11, 21),
					DatePrecision.INFERRED);
		});
		assertThat(mvc.get().uri("/sources/{s}", data.slug("monthly"))).hasStatusOk()
			.bodyText()
			.contains("<time datetime=\"2025-11-01\">2025-11</time>")
			.doesNotContain(">2025-11-01<");
		assertThat(mvc.get().uri("/sources/{s}", data.slug("inferred"))).hasStatusOk()
			.bodyText()
			.contains(">2025-11-21</time>", "(date inferred)");
	}

	@Test
	void anUnknownSourceIsNotFound() {
		assertThat(mvc.get().uri("/sources/no-such-source")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
