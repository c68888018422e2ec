package org.parley.compare;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.proposal.VersionKey;
import org.parley.compare.Comparison.CellStatus;
import org.parley.compare.Comparison.Line;
import org.parley.compare.Comparison.PointText;
import org.parley.position.Stance;
import org.parley.system.BadRequestException;
import org.parley.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AnalystViewsTest
class ComparisonTest {

	@Autowired
	Comparison comparison;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager em;

	@BeforeEach
	void fixtures() {
		CompareFixtures.ensure(tx, em);
	}

	@Test
	void alignsAnsweringPointsWhateverTheirLabels() {
		var view = compare("fx-us@1,fx-e3@1");

		assertThat(labels(view.rows())).containsExactly("1|1", "2|", "3|7", "4|8", "5|9");
		Line army = row(view.rows(), 0, "3");
		assertThat(army.cells().get(1).status()).isEqualTo(CellStatus.CHANGED);
		assertThat(army.cells().get(1).diff()).extracting(Segment::text).contains("600", "800", " in peacetime");
		assertThat(row(view.rows(), 0, "1").cells().get(1).status()).isEqualTo(CellStatus.SAME);
	}

	@Test
	void alignsUnlinkedPointsByTopicAndMarksThem() {
		var view = compare("fx-us@1,fx-e3@1");

		Line elections = row(view.rows(), 0, "5");
		assertThat(elections.cells().get(1).points()).extracting(PointText::label).containsExactly("9");
		assertThat(elections.cells().get(1).byTopic()).isTrue();
		assertThat(row(view.rows(), 0, "3").cells().get(1).byTopic()).isFalse();
	}

	@Test
	void followsLinksThroughVersionsThatAreNotCompared() {
		// E3 7 and Ukraine 2 both answer US@1 3, which is not on the page
		var view = compare("fx-e3@1,fx-ua@1");

		Line army = row(view.rows(), 0, "7");
		assertThat(army.cells().get(1).points()).extracting(PointText::label).containsExactly("2");
		assertThat(army.cells().get(1).status()).isEqualTo(CellStatus.SAME);
		// Ukraine's unlinked point on territory shares no topic with the E3 text: a row of its own
		assertThat(labels(view.rows())).contains("|1");

		var revised = compare("fx-e3@1,fx-us@2");
		assertThat(labels(revised.rows())).contains("1|1", "7|3");
	}

	@Test
	void putsTheBaselineFirstInTheReadingOrder() {
		var view = comparison.compare(request("fx-us@1,fx-ua@1", "fx-ua@1", false, null, null));

		assertThat(view.base()).isEqualTo(1);
		assertThat(labels(view.rows())).containsExactly("|1", "1|", "2|", "3|2", "4|", "5|");
		assertThat(row(view.rows(), 1, "2").cells().get(0).status()).isEqualTo(CellStatus.CHANGED);
		assertThat(row(view.rows(), 1, "2").cells().get(1).status()).isEqualTo(CellStatus.BASE);
	}

	@Test
	void onlyChangedHidesRowsIdenticalInEveryColumn() {
		var all = compare("fx-us@1,fx-us@2");
		var changed = comparison.compare(request("fx-us@1,fx-us@2", null, true, null, null));

		assertThat(labels(all.rows())).contains("1|1", "3|3");
		assertThat(labels(changed.rows())).doesNotContain("1|1").contains("3|3");
		assertThat(changed.hiddenRows()).isEqualTo(1);
	}

	@Test
	void topicKeepsTheRowsOnThatTopic() {
		var view = comparison.compare(request("fx-us@1,fx-e3@1", null, false, "fx-army", null));

		assertThat(labels(view.rows())).containsExactly("3|7");
		assertThatThrownBy(() -> comparison.compare(request("fx-us@1,fx-e3@1", null, false, "fx-nowhere", null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void showsEachPartysCurrentStanceOrTheOneOfAPastDate() {
		var now = compare("fx-us@1,fx-e3@1");
		var then = comparison.compare(request("fx-us@1,fx-e3@1", null, false, null, LocalDate.of(2025, 11, 30)));

		assertThat(row(now.rows(), 0, "3").stances())
			.extracting(s -> s.partyName() + " " + s.stance() + " " + s.pointKey())
			.containsExactly("Fixture E3 SUPPORTS fx-e3@1#7", "Fixture Russia SUPPORTS fx-us@1#3",
					"Fixture Ukraine ACCEPTS_WITH_CONDITIONS fx-us@1#3");
		assertThat(row(then.rows(), 0, "3").stances()).filteredOn(s -> s.partyName().equals("Fixture Ukraine"))
			.extracting(Comparison.StanceView::stance)
			.containsExactly(Stance.REJECTS);
	}

	@Test
	void setsKeyFiguresSideBySide() {
		var view = compare("fx-us@1,fx-e3@1,fx-ua@1");

		assertThat(view.figures()).singleElement().satisfies(line -> {
			assertThat(line.measure()).isEqualTo("Fixture army cap");
			assertThat(line.values().get(0)).extracting(Comparison.FigureValue::value).containsExactly("600,000");
			assertThat(line.values().get(1)).extracting(v -> v.value() + " " + v.qualifier())
				.containsExactly("800,000 peacetime");
		});
	}

	@Test
	void alignsTheThreePlansOfTheSampleData() {
		var view = compare("us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1");

		Line army = row(view.rows(), 0, "6");
		assertThat(army.cells().get(1).points()).extracting(PointText::label).containsExactly("6");
		assertThat(army.cells().get(2).points()).extracting(PointText::label).containsExactly("4");
		assertThat(view.figures()).anySatisfy(f -> {
			assertThat(f.values().get(0)).extracting(Comparison.FigureValue::value).contains("600,000");
			assertThat(f.values().get(1)).extracting(Comparison.FigureValue::value).contains("800,000");
		});
	}

	@Test
	void refusesWhatCannotBeCompared() {
		assertThatThrownBy(() -> compare("fx-us@1")).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("error.compare.versionCount");
		assertThatThrownBy(() -> compare("fx-us@1,fx-us@1")).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> comparison.compare(request("fx-us@1,fx-e3@1", "fx-ua@1", false, null, null)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("error.compare.baseNotCompared");
		assertThatThrownBy(() -> compare("fx-us@1,fx-us@9")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> compare("fx-us@1,fx-ua@2")).as("drafts are not public")
			.isInstanceOf(NotFoundException.class);
	}

	private Comparison.View compare(String versions) {
		return comparison.compare(request(versions, null, false, null, null));
	}

	private static Comparison.Request request(String versions, String base, boolean only, String topic,
			LocalDate asOf) {
		List<VersionKey> keys = Arrays.stream(versions.split(",")).map(v -> VersionKey.parse(v)).toList();
		return new Comparison.Request(keys, base == null ? null : VersionKey.parse(base), only, topic, asOf);
	}

	/** Each row as its labels per column joined by "|": "3|7". */
	static List<String> labels(List<Line> rows) {
		return rows.stream()
			.map(r -> String.join("|",
					r.cells().stream().map(c -> String.join("+", c.points().stream().map(PointText::label).toList()))
						.toList()))
			.toList();
	}

	static Line row(List<Line> rows, int column, String label) {
		return rows.stream()
			.filter(r -> r.cells().get(column).points().stream().anyMatch(p -> p.label().equals(label)))
			.findFirst()
			.orElseThrow();
	}

}
