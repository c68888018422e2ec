package org.parley.compare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.parley.compare.Comparison;
import org.parley.compare.PositionsMatrix;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.proposal.VersionKey;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;

/**
 * A stance that rests only on weak sources (here a state-controlled outlet) is flagged "low
 * confidence" wherever it appears, by one rule, though no editor flagged it; the same outlet
 * backed by an official text is not. The grade and the outlet's warning show beside it.
 */
class LowConfidenceTest extends ReadingPageTest {

	private static final String WARNING = "Agency run by the state it reports on";

	@Autowired
	PositionsMatrix matrix;

	@Autowired
	Comparison comparison;

	private String plan;

	private String weakParty;

	private String backedParty;

	private long weakOnly;

	private long backed;

	@BeforeAll
	void statements() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			Source state = d.persist(new Source(d.slug("state-agency"), "State Agency", "Report by State Agency",
					"https://example.org/" + d.slug("state-agency"), LocalDate.of(2025, 11, 21), DatePrecision.EXACT,
					Reliability.STATE_CONTROLLED_MEDIA, WARNING));
			Source official = d.source("ministry", "Ministry", Reliability.OFFICIAL, LocalDate.of(2025, 11, 21));
			Party weak = d.party("weakly-sourced", "Weakly Sourced", PartyKind.STATE);
			Party strong = d.party("well-sourced", "Well Sourced", PartyKind.STATE);
			Proposal proposal = d.proposal("confidence-plan", "Confidence plan", weak);
			Version first = d.version(proposal, 1, "First text", LocalDate.of(2025, 11, 20), true, 2, official);
			Version second = d.version(proposal, 2, "Second text", LocalDate.of(2025, 11, 22), true, 0, official);
			var revised = second.addPoint("1", "Point 1 revised", "Revised text of point 1.");
			revised.linkTo(first.getPoints().get(0), LinkKind.REVISED);
			d.persist(revised);
			Position onlyState = d.position(weak, null, Stance.OPPOSES, LocalDate.of(2025, 11, 23), state,
					"Said to oppose point one.").about(first.getPoints().get(0));
			d.persist(onlyState);
			Position alsoOfficial = d.position(strong, null, Stance.SUPPORTS, LocalDate.of(2025, 11, 23), state,
					"Backs point one.").about(first.getPoints().get(0));
			alsoOfficial.getFurtherSources().add(official);
			d.persist(alsoOfficial);
			plan = proposal.getSlug();
			weakParty = weak.getSlug();
			backedParty = strong.getSlug();
		});
		weakOnly = id("Said to oppose point one.");
		backed = id("Backs point one.");
	}

	@Test
	void thePointPageFlagsTheStatementThatRestsOnlyOnWeakSources() {
		String page = body("/proposals/" + plan + "/versions/1/points/1");
		assertThat(article(page, weakOnly)).contains("low confidence",
				"rests only on aggregators, state-controlled or unverified sources", "(state-controlled media)",
				WARNING);
		assertThat(article(page, backed)).doesNotContain("low confidence").contains("(official)");
	}

	@Test
	void theVersionPageFlagsTheCurrentStanceOnThePoint() {
		assertThat(body("/proposals/" + plan + "/versions/1"))
			.containsPattern("Weakly Sourced</span>: <span>opposes</span><span\\s+class=\"low-confidence\"> \\(low confidence\\)")
			.doesNotContainPattern("Well Sourced</span>: <span>supports</span><span\\s+class=\"low-confidence\"");
	}

	@Test
	void theMatrixFlagsTheCellWhoseCurrentStanceIsLowConfidence() {
		var view = matrix.matrix(new PositionsMatrix.Request(VersionKey.parse(plan + "@1"),
				List.of(weakParty, backedParty), List.of(), null));
		assertThat(view.rows()).extracting(PositionsMatrix.Row::partyName).containsExactly("Weakly Sourced",
				"Well Sourced");
		assertThat(view.rows()).extracting(r -> r.cells().get(0).lowConfidence()).containsExactly(true, false);
		String page = body("/positions?version=" + plan + "@1&party=" + weakParty);
		assertThat(page).contains("class=\"badge low-confidence\">low confidence</span>");
		assertThat(body("/positions?version=" + plan + "@1&party=" + backedParty))
			.doesNotContain("class=\"badge low-confidence\"");
	}

	@Test
	void theComparisonFlagsAPointThatRestsOnlyOnWeakSources() {
		String[] slug = new String[1];
		new ReadingData(em, tx).save(d -> {
			Source wire = d.persist(new Source(d.slug("state-wire"), "State Wire", "Wire copy",
					"https://example.org/" + d.slug("state-wire"), LocalDate.of(2025, 11, 21), DatePrecision.EXACT,
					Reliability.STATE_CONTROLLED_MEDIA, WARNING));
			Source cabinet = d.source("cabinet", "Cabinet", Reliability.OFFICIAL, LocalDate.of(2025, 11, 21));
			Proposal proposal = d.proposal("point-confidence", "Point confidence",
					d.party("point-sourcing", "Point Sourcing", PartyKind.STATE));
			d.version(proposal, 1, "As the wire has it", LocalDate.of(2025, 11, 20), true, 1, wire);
			d.version(proposal, 2, "As the cabinet published it", LocalDate.of(2025, 11, 22), true, 1, cabinet);
			slug[0] = proposal.getSlug();
		});
		var view = comparison.compare(new Comparison.Request(
				List.of(VersionKey.parse(slug[0] + "@1"), VersionKey.parse(slug[0] + "@2")), null, false, null, null));
		assertThat(view.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.points().stream())
			.map(p -> p.number() + " " + p.lowConfidence())).containsExactlyInAnyOrder("1 true", "2 false");
		assertThat(body("/compare?versions=" + slug[0] + "@1," + slug[0] + "@2"))
			.containsOnlyOnce("class=\"badge low-confidence\">low confidence</span>");
	}

	@Test
	void theComparisonFlagsTheStanceAndShowsTheGradeAndWarningOfItsSource() {
		var view = comparison.compare(new Comparison.Request(
				List.of(VersionKey.parse(plan + "@1"), VersionKey.parse(plan + "@2")), null, false, null, null));
		assertThat(view.rows().get(0).stances())
			.extracting(s -> s.partyName() + " " + s.lowConfidence() + " " + s.source().reliability())
			.containsExactly("Weakly Sourced true STATE_CONTROLLED_MEDIA", "Well Sourced false STATE_CONTROLLED_MEDIA");

		String page = body("/compare?versions=" + plan + "@1," + plan + "@2");
		String stances = page.substring(page.indexOf("class=\"row-stances\""));
		assertThat(stances.substring(0, stances.indexOf("Well Sourced"))).contains("Weakly Sourced",
				"class=\"badge low-confidence\">low confidence</span>", "(state-controlled media)", WARNING);
		assertThat(stances.substring(stances.indexOf("Well Sourced"), stances.indexOf("</td>")))
			.doesNotContain("low confidence");

		String csv = body("/compare?versions=" + plan + "@1," + plan + "@2&format=csv");
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",current stances,current stances: grade of each source");
		assertThat(csv).contains("Weakly Sourced: opposes (2025-11-23, on " + plan + "@1#1, https://example.org/")
			.contains(", low confidence); Well Sourced: supports (2025-11-23")
			.contains("Weakly Sourced: state controlled media (" + WARNING + "); Well Sourced: state controlled media (" + WARNING + ")");
	}

	@Test
	void theStatementsPageFlagsTheStatementAndShowsTheWarning() {
		String weak = body("/positions/statements?party={party}&point={point}", weakParty, plan + "@1#1");
		assertThat(weak).contains("low confidence", "(state-controlled media)", "— " + WARNING);
		String strong = body("/positions/statements?party={party}&point={point}", backedParty, plan + "@1#1");
		assertThat(strong).contains("(state-controlled media)", "— " + WARNING)
			.doesNotContain("class=\"badge low-confidence\"");
	}

	private long id(String paraphrase) {
		return em.createQuery("select p.id from Position p where p.paraphrase = :text", Long.class)
			.setParameter("text", paraphrase)
			.getSingleResult();
	}

	private String body(String uri, Object... variables) {
		try {
			return mvc.get().uri(uri, variables).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One statement's article on a reading page. */
	private static String article(String page, long id) {
		int start = page.indexOf("id=\"position-" + id + "\"");
		assertThat(start).as("position %s on the page", id).isNotNegative();
		return page.substring(start, page.indexOf("</article>", start));
	}

}
