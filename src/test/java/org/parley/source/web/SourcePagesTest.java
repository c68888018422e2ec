package org.parley.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;

import org.springframework.http.HttpStatus;

class SourcePagesTest extends ReadingPageTest {

	@Test
	void theListGivesPublisherDateReliabilityInWordsAndTheOriginal() throws Exception {
		assertThat(pageListing(world.aggregator))
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

	/**
	 * The list shows a page of the latest sources, however many are cited, at the same cost;
	 * the export still holds every one.
	 */
	@Test
	void theListComesInPagesOfTheLatestSourcesAndTheExportHoldsThemAll() throws Exception {
		Statements statements = new Statements(emf);
		newRevision();
		long before = statements.countWhile(() -> assertThat(mvc.get().uri("/sources")).hasStatusOk());

		// more than a page of sources published before every other, so they come last (other tests
		// of this context read the first page)
		ReadingData data = new ReadingData(em, tx);
		List<String> added = new ArrayList<>();
		data.save(d -> {
			for (int i = 0; i < SourceController.LIST_PAGE_SIZE + 5; i++) {
				added.add(d.source("paged-" + i, "Paged Wire " + i, Reliability.REPUTABLE_MEDIA,
						LocalDate.of(2001, 1, 1).minusDays(i)).getKey());
			}
		});

		newRevision();
		long after = statements.countWhile(() -> assertThat(mvc.get().uri("/sources")).hasStatusOk());
		assertThat(after).as("page 1 costs the same however many sources there are").isEqualTo(before);
		String first = mvc.get().uri("/sources").exchange().getResponse().getContentAsString();
		assertThat(rows(first)).hasSize(SourceController.LIST_PAGE_SIZE);
		assertThat(first).contains("rel=\"next\" href=\"/sources?page=2\"").doesNotContain("rel=\"prev\"");
		// every source on exactly one page, latest first: the added ones last, in their order
		List<String> all = new ArrayList<>(rows(first));
		int page = 1;
		String html = first;
		while (html.contains("rel=\"next\"")) {
			page++;
			html = mvc.get().uri("/sources?page=" + page).exchange().getResponse().getContentAsString();
			assertThat(html).contains(page == 2 ? "rel=\"prev\" href=\"/sources\"" : "rel=\"prev\" href=\"/sources?page=" + (page - 1) + "\"");
			all.addAll(rows(html));
		}
		assertThat(all).doesNotHaveDuplicates().endsWith(added.toArray(String[]::new));
		assertThat(mvc.get().uri("/sources?page=" + (page + 1))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no page " + (page + 1) + " of this list");

		String csv = mvc.get().uri("/sources?format=csv").exchange().getResponse().getContentAsString();
		assertThat(added).allSatisfy(key -> assertThat(csv).contains(key));
	}

	/** The page of the list that holds this source (the sample's sources come first). */
	private String pageListing(String key) throws Exception {
		for (int page = 1;; page++) {
			var result = mvc.get().uri("/sources?page=" + page).exchange();
			assertThat(result).as("page %d of the sources", page).hasStatusOk();
			String html = result.getResponse().getContentAsString();
			if (rows(html).contains(key)) {
				return html;
			}
		}
	}

	private static List<String> rows(String html) {
		Matcher row = Pattern.compile("<tr id=\"source-([^\"]+)\"").matcher(html);
		List<String> keys = new ArrayList<>();
		while (row.find()) {
			keys.add(row.group(1));
		}
		return keys;
	}

	@Test
	void anUnknownSourceIsNotFound() {
		assertThat(mvc.get().uri("/sources/no-such-source")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
