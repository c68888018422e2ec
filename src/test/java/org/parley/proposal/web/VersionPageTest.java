package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.party.PartyKind;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class VersionPageTest extends ReadingPageTest {

	@Test
	void theUsPlanShowsAll28PointsInOrderWithTheArmyCap() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1")).hasStatusOk()
			.bodyText()
			.contains("<h2 id=\"points-heading\">28 points</h2>")
			.containsSubsequence("id=\"point-1\"", "id=\"point-2\"", "id=\"point-6\"", "id=\"point-10\"",
					"id=\"point-28\"")
			.contains("600,000 personnel");
	}

	@Test
	void eachPointHasItsTopicsFiguresSourcesAndTheCurrentStanceOfEachParty() {
		String ukraineCurrent = "/proposals/" + world.plan + "/versions/1/points/2#position-";
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk()
			.bodyText()
			.contains("<title>Test peace plan v1 · Parley</title>")
			.contains("<li aria-current=\"page\">Version 1</li>")
			.containsSubsequence("id=\"point-1\"", "id=\"point-2\"", "id=\"point-3\"")
			.contains("href=\"/topics/" + world.army + "\"")
			.contains("Ceiling on the armed forces: <strong>600,000 personnel</strong> (at all times)")
			.contains("href=\"/sources/" + world.official + "\"")
			.contains("class=\"stance stance-ACCEPTS_WITH_CONDITIONS\"", ukraineCurrent,
					"<span>Ukraine</span>: <span>accepts with conditions</span>")
			.contains("<span>United States</span>: <span>supports</span>")
			// the older Ukrainian statement is superseded: history lives on the point page
			.doesNotContain("rejects (red line)")
			.contains("low confidence", "Only one outlet reports this point.")
			// later points that answer or revise point 2
			.contains("Test counter-proposal v1 · point 2", "Test peace plan v2 · point 2");
	}

	@Test
	void linksToTheOtherVersionsAndToEveryPointAndShowsPositionsOnTheWholeVersion() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk()
			.bodyText()
			.contains("href=\"/proposals/" + world.plan + "/versions/2\"")
			.doesNotContain("/proposals/" + world.plan + "/versions/3")
			.contains("href=\"#point-1\"", "href=\"#point-3\"")
			.contains("Positions on this version as a whole", "id=\"position-", "undecided",
					"Russia has not seen the text officially.", "Dmitry Peskov");
		assertThat(mvc.get().uri("/proposals/{p}/versions/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("Compare with the previous version")
			.contains("href=\"/diff?from=" + world.plan + "@1&amp;to=" + world.plan + "@2\"");
	}

	@Test
	void aRevisionLinksToThePointItRevises() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("revises")
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/2\"")
			.contains("800,000 personnel");
	}

	@Test
	void aVersionBasedOnAnotherLinksToIt() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.counter)).hasStatusOk()
			.bodyText()
			.contains("Based on")
			.contains("href=\"/proposals/" + world.plan + "/versions/1\"");
	}

	@Test
	void aDraftIsNotFound() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/3", world.plan)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no published version 3");
	}

	@Test
	void unknownProposalsAndVersionNumbersAreNotFound() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/9", world.plan)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/proposals/no-such-plan/versions/1")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("<h1>Not found</h1>");
		assertThat(mvc.get().uri("/proposals/{p}/versions/-1", world.plan)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aVersionNumberThatIsNotANumberIsABadRequestThatSaysSo() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/first", world.plan)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;version&#39; must be a whole number, not &#39;first&#39;");
		assertThat(mvc.get().uri("/proposals/{p}/versions/99999999999/points/1", world.plan))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aVersionNumberWrittenAnotherWayRedirectsPermanentlyToTheOneCitableAddress() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/01", world.plan)).hasStatus(301)
			.hasHeader("Location", "/proposals/" + world.plan + "/versions/1");
		assertThat(mvc.get().uri("/proposals/{p}/versions/+2/points/1", world.plan)).hasStatus(301)
			.hasHeader("Location", "/proposals/" + world.plan + "/versions/2/points/1");
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk();
	}


	@Test
	void theEuropeanPapersUnnumberedItemsAreNeverShownAsNumberedPoints() {
		assertThat(mvc.get().uri("/proposals/european-24-point-paper/versions/1")).hasStatusOk()
			.bodyText()
			.contains("id=\"point-u1\"", "unnumbered item 1", "unnumbered item 5")
			.doesNotContain("id=\"point-13\"", "id=\"point-14\"", "href=\"#point-14\"");
		assertThat(mvc.get().uri("/proposals/european-24-point-paper/versions/1/points/14")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void eachTextSaysWhoseWordsItIsAndKeepsRemarksApartFromIt() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1")).hasStatusOk()
			.bodyText()
			.contains("<p class=\"point-text\">Ukraine&#39;s military would be held to 600,000 personnel.</p>")
			.contains("Wording:", "<span>Parley&#39;s paraphrase</span>")
			.containsPattern("class=\"meta point-note\"><strong>Note: </strong>The cap draws no distinction");
	}

	@Test
	void aVersionKnownOnlyFromReportsOfWhatChangedSaysSoOfEveryText() throws Exception {
		String page = mvc.get().uri("/proposals/us-28-point-plan/versions/2").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<p class=\"point-text reported-change\">The flat 600,000 limit on Ukraine&#39;s armed forces is taken out.</p>")
			.doesNotContain("Parley&#39;s paraphrase", "reportedly");
		assertThat(page.split("<span>reported change — wording not known</span>", -1)).hasSize(7 + 1);
	}

	@Test
	void everyCitationShowsItsGradeAndTheSourcesWarningInline() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1")).hasStatusOk()
			.bodyText()
			.contains(">RBC-Ukraine</a> <span class=\"reliability reliability-REPUTABLE_MEDIA\">(reputable media)</span>")
			.contains(">News-Pravda (aggregator)</a> <span class=\"reliability reliability-AGGREGATOR\">(aggregator or mirror)</span>"
					+ "<span class=\"source-warning\"> — Pro-Kremlin aggregator network");
	}

	@Test
	void aPointThatRestsOnlyOnAggregatorsOrStateOutletsIsMarkedLowConfidenceInTheVersion() throws Exception {
		ReadingData data = versionWithWeaklySourcedPoints();
		String page = mvc.get().uri("/proposals/{p}/versions/1", data.slug("weak")).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(point(page, "1")).contains("Aggregated", "<span class=\"badge low-confidence\">low confidence</span>",
				"rests only on aggregators, state-controlled or unverified sources");
		assertThat(point(page, "2")).contains("State-reported", "<span class=\"badge low-confidence\">low confidence</span>");
		assertThat(point(page, "3")).contains("Backed").doesNotContain("badge low-confidence", "rests only on aggregators");
	}

	private static String point(String page, String label) {
		int start = page.indexOf("id=\"point-" + label + "\"");
		assertThat(start).as("point %s on the page", label).isNotNegative();
		return page.substring(start, page.indexOf("</article>", start));
	}

	/** A version whose point 1 cites only an aggregator, point 2 only a state outlet, point 3 that outlet and an official text. */
	private ReadingData versionWithWeaklySourcedPoints() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			Source official = d.source("weak-official", "Kremlin", Reliability.OFFICIAL, LocalDate.of(2025, 12, 1));
			Source aggregator = d.source("weak-aggregator", "Mirror", Reliability.AGGREGATOR, LocalDate.of(2025, 12, 1));
			Source state = d.source("weak-state", "TASS", Reliability.STATE_CONTROLLED_MEDIA, LocalDate.of(2025, 12, 1));
			Proposal proposal = d.proposal("weak", "Weakly sourced plan", d.party("weak", "Party", PartyKind.STATE));
			Version version = d.version(proposal, 1, "Text", LocalDate.of(2025, 12, 1), true, 0, official);
			version.addPoint("1", "Aggregated", "Only a mirror reports this.").getSources().add(aggregator);
			version.addPoint("2", "State-reported", "Only TASS reports this.").getSources().add(state);
			Point backed = version.addPoint("3", "Backed", "TASS and the official text say this.");
			backed.getSources().add(state);
			backed.getSources().add(official);
		});
		return data;
	}

}
