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

class PointPageTest extends ReadingPageTest {

	@Test
	void usPoint6ShowsItsTextAndTheE3Answer() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1/points/6")).hasStatusOk()
			.bodyText()
			.contains("600,000")
			.contains("href=\"/proposals/e3-counter-proposal/versions/1/points/6\"");
	}

	@Test
	void showsTheTextAndEveryLaterPointThatRevisesOrAnswersItEvenIndirectly() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("<title>Test peace plan v1 · point 2: Point 2 of Leaked draft · Parley</title>")
			.contains("<li aria-current=\"page\">Point 2</li>")
			.contains("Text of point 2 of Leaked draft")
			.contains("Taken up, revised or answered by")
			.contains("href=\"/proposals/" + world.counter + "/versions/1/points/2\"")
			.contains("href=\"/proposals/" + world.plan + "/versions/2/points/2\"")
			// two links away: the counter-proposal's revision of its answer
			.contains("href=\"/proposals/" + world.counter + "/versions/2/points/2\"", "(through another point)")
			// the draft that carries the revision over is not published
			.doesNotContain("Unfinished draft")
			.doesNotContain("/versions/3");
	}

	@Test
	void leadsToThePointsBeforeAndAfterItInTheVersion() {
		String version = "/proposals/" + world.plan + "/versions/1";
		assertThat(mvc.get().uri(version + "/points/2")).hasStatusOk()
			.bodyText()
			.contains("rel=\"prev\" href=\"" + version + "/points/1\"", "rel=\"next\" href=\"" + version + "/points/3\"")
			.contains("href=\"" + version + "#point-2\"");
		assertThat(mvc.get().uri(version + "/points/1")).hasStatusOk().bodyText().doesNotContain("rel=\"prev\"");
		assertThat(mvc.get().uri(version + "/points/3")).hasStatusOk().bodyText().doesNotContain("rel=\"next\"");
	}

	@Test
	void showsWhereAPointComesFromAcrossProposalsAndVersions() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/2/points/2", world.counter)).hasStatusOk()
			.bodyText()
			.contains("Comes from")
			.contains("href=\"/proposals/" + world.counter + "/versions/1/points/2\"")
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/2\"")
			.doesNotContain("Taken up, revised or answered by");
	}

	@Test
	void showsEveryPositionWithItsHistorySpeakerQuoteSourcesAndEvent() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("3 positions")
			// Ukraine: the conditional acceptance is current, the earlier rejection superseded
			.containsSubsequence("accepts with conditions", "Ukraine could live with a higher peacetime cap.",
					"rejects (red line)", "superseded", "Ukraine called the 600,000 cap unacceptable.")
			.contains("class=\"position superseded\"")
			.contains("Marco Rubio", "“a sound basis”")
			.contains("href=\"/events/" + world.geneva + "\"")
			.contains("href=\"/sources/" + world.aggregator + "\"", "href=\"/sources/" + world.official + "\"");
	}

	@Test
	void markupInStoredTextIsShownAsTextNeverRun() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			Source source = d.source("markup", "Markup <i>Press</i>", Reliability.UNVERIFIED, LocalDate.of(2025, 12, 1));
			Proposal proposal = d.proposal("markup", "Plan <b>bold</b>", d.party("markup", "Party", PartyKind.STATE));
			Version version = d.version(proposal, 1, "Text", LocalDate.of(2025, 12, 1), true, 0, source);
			version.addPoint("1", "Title <script>alert(1)</script>", "Text <img src=x onerror=alert(2)>")
				.getSources()
				.add(source);
		});
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/1", data.slug("markup"))).hasStatusOk()
			.bodyText()
			.contains("Title &lt;script&gt;alert(1)&lt;/script&gt;", "Text &lt;img src=x onerror=alert(2)&gt;",
					"Plan &lt;b&gt;bold&lt;/b&gt;", "Markup &lt;i&gt;Press&lt;/i&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<b>bold", "<i>Press");
	}

	@Test
	void unknownLabelsAndDraftPointsAreNotFound() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/99", world.plan)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no point &#39;99&#39;");
		assertThat(mvc.get().uri("/proposals/{p}/versions/3/points/1", world.plan)).hasStatus(HttpStatus.NOT_FOUND);
	}


	@Test
	void showsHowTheWordingChangedFromTheUsPointToTheE3Answer() {
		assertThat(mvc.get().uri("/proposals/e3-counter-proposal/versions/1/points/6")).hasStatusOk()
			.bodyText()
			.contains("How the wording changed", "us-28-point-plan@1#6")
			// the sample records the shared wording identically, so only the change is marked
			.contains("Ukraine&#39;s military would be held to <del>600</del><ins>800</ins>,000 personnel<ins> in peacetime</ins>.");
	}


	@Test
	void anUnnumberedItemIsCalledSoAndNotByANumberThePaperDoesNotHave() {
		assertThat(mvc.get().uri("/proposals/european-24-point-paper/versions/1/points/u1")).hasStatusOk()
			.bodyText()
			.contains("<li aria-current=\"page\">Unnumbered item 1</li>")
			.contains("<span class=\"point-label\">unnumbered item 1</span>")
			.contains("rel=\"prev\" href=\"/proposals/european-24-point-paper/versions/1/points/12\"", "← Point 12")
			.contains("Unnumbered item 2 →")
			.doesNotContain("Point 13", "point 14");
	}

	@Test
	void aSourcesGradeAndWarningShowBesideThePointThatCitesIt() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1/points/17")).hasStatusOk()
			.bodyText()
			.contains("(aggregator or mirror)", "Pro-Kremlin aggregator network")
			.contains("Wording:", "Parley&#39;s paraphrase", "Note: </strong>Axios reportedly read");
	}

	@Test
	void theLineageOfAReportedChangeShowsTheReportNotAWordDiff() throws Exception {
		String page = mvc.get().uri("/proposals/us-28-point-plan/versions/2/points/6").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String lineage = page.substring(page.indexOf("id=\"wording-heading\""));
		assertThat(lineage).contains("<p class=\"meta reported-change\">reported change — wording not known</p>",
				"<p class=\"point-text reported-change\">The flat 600,000 limit on Ukraine&#39;s armed forces is taken out.</p>");
		// only the legend's two examples are marked
		assertThat(lineage.split("<ins>|<del>", -1)).hasSize(3);
	}

	@Test
	void aPointThatRestsOnlyOnAggregatorsOrStateOutletsIsLowConfidenceUnlessAStrongSourceBacksIt() {
		ReadingData data = versionWithWeaklySourcedPoints();
		for (String label : new String[] { "1", "2" }) {
			assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/{l}", data.slug("weak"), label)).hasStatusOk()
				.bodyText()
				.contains("<span class=\"badge low-confidence\">low confidence</span>",
						"rests only on aggregators, state-controlled or unverified sources");
		}
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/3", data.slug("weak"))).hasStatusOk()
			.bodyText()
			.contains("TASS", "Kremlin")
			.doesNotContain("badge low-confidence", "rests only on aggregators");
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
