package org.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.parley.compare.Comparison;
import org.parley.compare.PositionsMatrix;
import org.parley.compare.PositionsMatrix.Cell;
import org.parley.position.Stance;
import org.parley.proposal.VersionKey;
import org.parley.support.ReadingPageTest;

/**
 * A statement about a whole plan is shown as such, never as a stance on one of its points: on
 * the point pages, in the positions matrix and in the comparison's stance column. On the
 * sample: the G20 leaders' joint statement (22 Nov 2025) and Rutte's remark that the 2024
 * Washington summit decisions still apply (2 Dec 2025) are on the US plan as a whole.
 */
class PlanLevelStatementsTest extends ReadingPageTest {

	private static final String US = "us-28-point-plan@1";

	@Autowired
	PositionsMatrix matrix;

	@Autowired
	Comparison comparison;

	@Test
	void theG20AndRutteStatementsAreOnTheUsPlanNotOnPoints6And7() {
		assertThat(em.createQuery("""
				select count(p) from Position p where p.event.slug = '2025-11-22-g20-european-leaders-statement'
				and p.party.slug in ('e3', 'eu', 'italy') and p.targetPoint is null
				and p.targetVersion.proposal.slug = 'us-28-point-plan'""", Long.class)
			.getSingleResult()).as("E3, EU, Italy").isEqualTo(3);
		assertThat(em.createQuery("select count(p) from Position p where p.event.slug = "
				+ "'2025-11-22-g20-european-leaders-statement' and p.targetPoint is not null", Long.class)
			.getSingleResult()).isZero();

		String six = body("/proposals/us-28-point-plan/versions/1/points/6");
		assertThat(onThePoint(six)).doesNotContain("E3 leaders called the draft a basis", "co-signing the G20");
		assertThat(onThePlan(six)).contains("On the plan as a whole", "E3 leaders called the draft a basis",
				"co-signing the G20", "Italy agreed the draft was a workable basis");
		String seven = body("/proposals/us-28-point-plan/versions/1/points/7");
		assertThat(onThePoint(seven)).doesNotContain("2024 Washington summit")
			.contains("Moscow has no say in, and cannot block, any accession");
		assertThat(onThePlan(seven)).contains("2024 Washington summit");

		var view = matrix.matrix(new PositionsMatrix.Request(VersionKey.parse(US), List.of("e3", "eu", "italy", "nato"),
				List.of(), null));
		int six6 = column(view, "6");
		int seven7 = column(view, "7");
		int whole = view.columns().size() - 1;
		assertThat(view.columns().get(whole).wholeVersion()).isTrue();
		assertThat(cell(view, "e3", six6).current()).as("the E3 said nothing on point 6 itself").isNull();
		assertThat(cell(view, "italy", six6).current()).isNull();
		assertThat(cell(view, "eu", six6)).as("only von der Leyen's own remark of 26 November")
			.isEqualTo(new Cell(Stance.OPPOSES, LocalDate.of(2025, 11, 26), 1, false));
		assertThat(cell(view, "nato", seven7)).as("only Rutte's remark of 26 November, on a weak source")
			.isEqualTo(new Cell(Stance.OPPOSES, LocalDate.of(2025, 11, 26), 1, true));
		assertThat(cell(view, "e3", whole).current()).isEqualTo(Stance.ACCEPTS_WITH_CONDITIONS);
		assertThat(cell(view, "nato", whole).statedOn()).isEqualTo(LocalDate.of(2025, 12, 2));
	}

	@Test
	void noStatementOnAWholeVersionIsShownAsAStanceOnAPoint() {
		for (String version : List.of(US, "ukraine-20-point-plan@1", "e3-counter-proposal@1")) {
			VersionKey key = VersionKey.parse(version);
			Set<Long> onVersion = ids("p.targetVersion", key);
			Set<Long> onPoints = ids("p.targetPoint.version", key);
			assertThat(onVersion).as("the sample has statements on %s as a whole", version).isNotEmpty();

			var view = matrix.matrix(new PositionsMatrix.Request(key, List.of(), List.of(), null));
			int whole = view.columns().size() - 1;
			int onPointColumns = 0;
			int onWholeColumn = 0;
			for (var row : view.rows()) {
				for (int c = 0; c < row.cells().size(); c++) {
					if (c == whole) {
						onWholeColumn += row.cells().get(c).statements();
					}
					else {
						onPointColumns += row.cells().get(c).statements();
					}
				}
			}
			assertThat(onPointColumns).as("%s: point columns count only statements on points", version)
				.isEqualTo(onPoints.size());
			assertThat(onWholeColumn).isEqualTo(onVersion.size());

			String other = version.equals(US) ? "e3-counter-proposal@1" : US;
			var compared = comparison.compare(new Comparison.Request(List.of(key, VersionKey.parse(other)), null, false,
					null, null));
			Set<Long> inRows = new HashSet<>();
			compared.rows().forEach(line -> line.stances().forEach(s -> inRows.add(s.positionId())));
			assertThat(inRows).as("%s: the stance column holds statements on points only", version)
				.doesNotContainAnyElementsOf(onVersion);
			assertThat(compared.planStances()).filteredOn(p -> p.version().equals(key))
				.singleElement()
				.satisfies(p -> assertThat(p.stances()).allSatisfy(s -> assertThat(onVersion).contains(s.positionId())));

			String page = body("/compare?versions=" + key + "," + other);
			assertThat(page.substring(0, page.indexOf("id=\"table-heading\""))).contains("Current stances on the plans as a whole");
			for (long id : onVersion) {
				assertThat(page.substring(page.indexOf("id=\"table-heading\"")))
					.as("%s: statement %s on the whole version is not in the table", version, id)
					.doesNotContain("#position-" + id + "\"");
			}
		}
	}

	private Set<Long> ids(String target, VersionKey key) {
		return new HashSet<>(em.createQuery("select p.id from Position p where " + target + ".proposal.slug = :slug and "
				+ target + ".number = :number", Long.class)
			.setParameter("slug", key.proposal())
			.setParameter("number", key.number())
			.getResultList());
	}

	private static int column(PositionsMatrix.View view, String label) {
		for (int c = 0; c < view.columns().size(); c++) {
			if (label.equals(view.columns().get(c).label())) {
				return c;
			}
		}
		throw new AssertionError("no column " + label);
	}

	private static Cell cell(PositionsMatrix.View view, String party, int column) {
		return view.rows().stream().filter(r -> r.partySlug().equals(party)).findFirst().orElseThrow().cells().get(column);
	}

	private static String onThePoint(String page) {
		int plan = page.indexOf("id=\"plan-positions-heading\"");
		return page.substring(page.indexOf("id=\"positions-heading\""), plan < 0 ? page.length() : plan);
	}

	private static String onThePlan(String page) {
		int plan = page.indexOf("id=\"plan-positions-heading\"");
		assertThat(plan).as("the point page has a section on the plan as a whole").isNotNegative();
		return page.substring(plan);
	}

	private String body(String uri) {
		try {
			return mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
