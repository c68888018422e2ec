package org.parley.compare.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.compare.AnalystViewsTest;
import org.parley.compare.CompareFixtures;
import org.parley.compare.PositionsMatrix;
import org.parley.compare.PositionsMatrix.Cell;
import org.parley.proposal.VersionKey;
import org.parley.position.Stance;

import static org.assertj.core.api.Assertions.assertThat;

@AnalystViewsTest
class PositionsControllerTest {

	static final List<String> FX_PARTIES = List.of("fx-e3", "fx-russia", "fx-ukraine", "fx-usa");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PositionsMatrix matrix;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager em;

	@Autowired
	EntityManagerFactory emf;

	@BeforeEach
	void fixtures() {
		CompareFixtures.ensure(tx, em);
	}

	@Test
	void showsPartiesByTopicWithTheCurrentStanceAndHowManyStatements() {
		var view = matrix.matrix(new PositionsMatrix.Request(null, FX_PARTIES, List.of("fx-army", "fx-nato"), null));

		assertThat(view.columns()).extracting(PositionsMatrix.Column::topic).containsExactly("fx-army", "fx-nato");
		assertThat(cells(view, "fx-ukraine")).containsExactly(new Cell(Stance.ACCEPTS_WITH_CONDITIONS,
				LocalDate.of(2025, 12, 10), 2, false), new Cell(Stance.REJECTS, LocalDate.of(2025, 11, 25), 1, false));
		assertThat(cells(view, "fx-russia")).extracting(Cell::current).containsExactly(Stance.SUPPORTS, null);
		assertThat(cells(view, "fx-usa")).as("a statement on a whole text without an issue has no topic")
			.extracting(Cell::statements)
			.containsExactly(0, 0);
	}

	@Test
	void showsTheStateOnAPastDate() {
		var view = matrix.matrix(new PositionsMatrix.Request(null, List.of("fx-ukraine"), List.of("fx-army"),
				LocalDate.of(2025, 11, 30)));

		assertThat(cells(view, "fx-ukraine")).containsExactly(new Cell(Stance.REJECTS, LocalDate.of(2025, 11, 21), 1, false));
	}

	@Test
	void showsPartiesByPointOfOneVersion() {
		var view = matrix.matrix(new PositionsMatrix.Request(VersionKey.parse("fx-us@1"), List.of(),
				List.of(), null));

		assertThat(view.columns()).extracting(c -> c.wholeVersion() ? "whole" : c.label())
			.containsExactly("1", "2", "3", "4", "5", "whole");
		assertThat(view.rows()).extracting(PositionsMatrix.Row::partySlug)
			.containsExactly("fx-russia", "fx-ukraine", "fx-usa");
		assertThat(cells(view, "fx-ukraine").get(2).current()).isEqualTo(Stance.ACCEPTS_WITH_CONDITIONS);
		assertThat(cells(view, "fx-usa").get(5).current()).isEqualTo(Stance.SUPPORTS);
	}

	@Test
	void rendersTheMatrixWithLinksToTheStatements() {
		assertThat(mvc.get().uri("/positions?party=fx-ukraine&topic=fx-army,fx-nato")).hasStatusOk()
			.bodyText()
			.contains("accepts with conditions", "2 statements", "rejects (red line)", "1 statement<")
			.contains("href=\"/positions/statements?party=fx-ukraine&amp;topic=fx-army\"");
		assertThat(mvc.get().uri("/positions/statements?party=fx-ukraine&topic=fx-army")).hasStatusOk()
			.bodyText()
			.contains("Statements of Fixture Ukraine", "Ukraine could accept a cap with guarantees.",
					"Ukraine refuses the 600,000 cap.", "superseded", "https://example.org/fixture");
		assertThat(mvc.get().uri("/positions/statements?party=fx-ukraine&point={point}&asOf=2025-11-30", "fx-us@1#3"))
			.hasStatusOk()
			.bodyText()
			.contains("Ukraine refuses the 600,000 cap.")
			.doesNotContain("Ukraine could accept");
		assertThat(mvc.get().uri("/positions?version=fx-us@1")).hasStatusOk()
			.bodyText()
			.contains("href=\"/positions/statements?party=fx-usa&amp;version=fx-us@1\"");
	}

	@Test
	void answersBadParametersWith400AndUnknownNamesWith404() {
		assertThat(mvc.get().uri("/positions?asOf=yesterday")).hasStatus(400).bodyText().contains("YYYY-MM-DD");
		assertThat(mvc.get().uri("/positions?version=fx-us")).hasStatus(400)
			.bodyText()
			.contains("&#39;version&#39; must name a version as proposal@number");
		assertThat(mvc.get().uri("/positions/statements?party=fx-ukraine&point=fx-us@1")).hasStatus(400)
			.bodyText()
			.contains("&#39;point&#39; must name a point as proposal@number#label");
		assertThat(mvc.get().uri("/positions?version=fx-us@8")).hasStatus(404);
		assertThat(mvc.get().uri("/positions?party=nobody")).hasStatus(404);
		assertThat(mvc.get().uri("/positions?topic=nothing")).hasStatus(404);
		assertThat(mvc.get().uri("/positions/statements?party=fx-ukraine")).hasStatus(400);
		assertThat(mvc.get().uri("/positions/statements?party=fx-ukraine&point={point}", "fx-us@1#99")).hasStatus(404);
	}

	@Test
	void issuesAFixedNumberOfStatements() {
		tx.executeWithoutResult(status -> em
			.createNativeQuery("update topic set description = description where slug = 'fx-nato'")
			.executeUpdate());
		assertThat(statements("/positions")).as("revision, then the matrix").isEqualTo(1 + 4);
		assertThat(statements("/positions?version=fx-us@1&asOf=2025-12-01")).as("the revision known: the matrix only")
			.isEqualTo(6);
		assertThat(statements("/positions")).as("unchanged data: the revision known, the page as rendered for it").isZero();
		assertThat(statements("/positions/statements?party=fx-ukraine&topic=fx-army")).as("the statements")
			.isEqualTo(4);
	}

	private long statements(String uri) {
		var statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private static List<Cell> cells(PositionsMatrix.View view, String party) {
		return view.rows().stream().filter(r -> r.partySlug().equals(party)).findFirst().orElseThrow().cells();
	}

}
