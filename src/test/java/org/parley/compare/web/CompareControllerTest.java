package org.parley.compare.web;

import java.time.LocalDate;

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
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.Point;
import org.parley.source.Source;

import static org.assertj.core.api.Assertions.assertThat;

@AnalystViewsTest
class CompareControllerTest {

	@Autowired
	MockMvcTester mvc;

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
	void showsTheVersionsSideBySideWithKeyFiguresAndStances() {
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1,fx-ua@1")).hasStatusOk()
			.bodyText()
			.contains("Fixture US plan", "Fixture E3 counter-proposal", "Fixture Ukrainian plan")
			.contains("600,000", "800,000", "peacetime")
			.contains("<del>600</del><ins>800</ins>")
			.contains("struck through: only in the baseline")
			.contains("accepts with conditions", "/positions/statements?party=fx-ukraine&amp;point=fx-us@1%233#position-");
	}

	@Test
	void withoutVersionsOffersTheForm() {
		assertThat(mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("<input id=\"version-1\" name=\"versions\" list=\"published-versions\"",
					"<option value=\"fx-us@1\">", "Only rows that differ")
			.doesNotContain("fx-ua@2");
	}

	@Test
	void showsANewStatementAtOnce() {
		String page = "/compare?versions=fx-us@2,fx-e3@1";
		assertThat(mvc.get().uri(page)).bodyText().doesNotContain("Fixture Poland");

		tx.executeWithoutResult(status -> {
			var poland = new Party("fx-poland", "Fixture Poland", PartyKind.STATE);
			em.persist(poland);
			var point = em.createQuery("select p from Point p where p.version.proposal.slug = 'fx-us' "
					+ "and p.version.number = 2 and p.label = '1'", Point.class).getSingleResult();
			var source = em.createQuery("select s from Source s where s.key = 'fx-source'", Source.class)
				.getSingleResult();
			em.persist(new Position(poland, null, Stance.SUPPORTS, LocalDate.of(2025, 12, 2),
					"Poland backs the sovereignty clause.", null, source).about(point));
		});

		assertThat(mvc.get().uri(page)).bodyText().contains("Fixture Poland", "Poland backs the sovereignty clause.");
		assertThat(mvc.get().uri("/positions?version=fx-us@2")).bodyText().contains("Fixture Poland");
	}

	@Test
	void foldsTheFormsParametersIntoThePermalink() {
		assertThat(mvc.get()
			.uri("/compare?versions=fx-us@1&versions=fx-e3@1&versions=&versions=&versions=&base=&topic=&asOf=&only=changed"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/compare?versions=fx-us@1,fx-e3@1&only=changed");
	}

	@Test
	void onlyChangedAndAsOfChangeWhatIsShown() {
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-us@2&only=changed")).hasStatusOk()
			.bodyText()
			.contains("1 identical rows hidden.")
			.doesNotContain("confirmed.");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&asOf=2025-11-30")).hasStatusOk()
			.bodyText()
			.contains("Current stances as of 2025-11-30", "rejects (red line)")
			.doesNotContain("accepts with conditions");
	}

	@Test
	void exportsTheSameTableAsCsv() {
		var result = mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&format=csv");
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result).bodyText()
			.startsWith("row,fx-us@1 label,fx-us@1 title,fx-us@1 text,fx-us@1 text is,fx-us@1 compared with baseline,"
					+ "fx-e3@1 label,")
			.contains("3,3,Army cap,\"" + CompareFixtures.US_ARMY_TEXT + "\",paraphrase,baseline,7,Army cap,\""
					+ CompareFixtures.E3_ARMY_TEXT + "\",paraphrase,changed,")
			.contains("Fixture Ukraine: accepts with conditions (2025-12-10, on fx-us@1#3");
	}

	@Test
	void answersMalformedRequestsWith400AndUnknownVersionsWith404() {
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-us")).hasStatus(400)
			.bodyText()
			.contains("&#39;versions&#39; must name a version as proposal@number");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1")).hasStatus(400).bodyText().contains("between 2 and 5");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&base=fx-ua@1")).hasStatus(400)
			.bodyText()
			.contains("&#39;base&#39; must be one of the compared versions");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&asOf=2025-13-01")).hasStatus(400)
			.bodyText()
			.contains("YYYY-MM-DD");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&only=same")).hasStatus(400);
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&format=pdf")).hasStatus(400);
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,nowhere@1")).hasStatus(404)
			.bodyText()
			.contains("There is no published version nowhere@1.");
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-ua@2")).hasStatus(404);
		assertThat(mvc.get().uri("/compare?versions=fx-us@1,fx-e3@1&topic=nowhere")).hasStatus(404);
	}

	@Test
	void issuesTheSameFewStatementsForTwoVersionsOrFive() {
		String two = "/compare?versions=fx-us@1,fx-e3@1";
		String five = "/compare?versions=fx-us@1,fx-e3@1,fx-ua@1,fx-us@2&only=changed&asOf=2025-12-01";
		changeSomething();

		assertThat(statements(two)).as("revision, then the comparison (the removals a partly known version records included)").isEqualTo(1 + 9);
		assertThat(statements(five)).as("the revision known: the comparison only").isEqualTo(9);
		assertThat(statements("/compare")).isEqualTo(2);
		assertThat(statements(two)).as("unchanged data: the revision known, the page as rendered for it").isZero();
		assertThat(statements("/compare?versions=us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1"))
			.isEqualTo(9);
	}

	@Test
	void neverServesAPageBuiltBeforeAChange() {
		String page = "/compare?versions=fx-us@1,fx-e3@1";
		assertThat(mvc.get().uri(page)).bodyText().doesNotContain("Tweaked title");
		renameMeasure("Tweaked title");
		try {
			assertThat(mvc.get().uri(page)).bodyText().contains("Tweaked title");
		}
		finally {
			renameMeasure("Fixture army cap");
		}
	}

	/**
	 * The table's rows are kept under the values they show, across changes: a row whose stance
	 * cites a source shows the source as it is now, while the rows it does not touch stay as they were.
	 */
	@Test
	void showsACorrectedSourceInTheRowsItIsCitedIn() throws Exception {
		String page = "/compare?versions=fx-us@1,fx-e3@1";
		String before = mvc.get().uri(page).exchange().getResponse().getContentAsString();
		assertThat(before).contains(">Fixture News</a>").doesNotContain("Corrected News");
		renamePublisher("Corrected News");
		try {
			String after = mvc.get().uri(page).exchange().getResponse().getContentAsString();
			assertThat(after).contains(">Corrected News</a>").doesNotContain(">Fixture News</a>");
			assertThat(after.replace("Corrected News", "Fixture News")).isEqualTo(before);
		}
		finally {
			renamePublisher("Fixture News");
		}
	}

	private void renamePublisher(String publisher) {
		tx.executeWithoutResult(status -> em
			.createNativeQuery("update source set publisher = :publisher where key = 'fx-source'")
			.setParameter("publisher", publisher)
			.executeUpdate());
	}

	private void renameMeasure(String name) {
		tx.executeWithoutResult(status -> em
			.createNativeQuery("update measure set name = :name where slug = 'fx-armed-forces-cap'")
			.setParameter("name", name)
			.executeUpdate());
	}

	/** Raises the data revision, as any edit does, so that the next page is built afresh. */
	private void changeSomething() {
		tx.executeWithoutResult(status -> em
			.createNativeQuery("update topic set description = description where slug = 'fx-nato'")
			.executeUpdate());
	}

	private long statements(String uri) {
		var statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
