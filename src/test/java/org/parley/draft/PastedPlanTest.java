package org.parley.draft;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.draft.PastedPlan.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

class PastedPlanTest {

	private static List<String> labels(String text) {
		return PastedPlan.split(text).stream().map(Parsed::label).toList();
	}

	@Test
	void numbersWithAFullStop() {
		List<Parsed> points = PastedPlan.split("1. Ukraine's sovereignty will be confirmed.\n2. A non-aggression pact.\n");
		assertThat(points).containsExactly(
				new Parsed("1", "Ukraine's sovereignty will be confirmed.", "Ukraine's sovereignty will be confirmed."),
				new Parsed("2", "A non-aggression pact.", "A non-aggression pact."));
	}

	@Test
	void bracketsColonsDashesAndParentheses() {
		assertThat(labels("1) first\n2) second")).containsExactly("1", "2");
		assertThat(labels("1: first\n2: second")).containsExactly("1", "2");
		assertThat(labels("1 - first\n2 – second\n3 — third")).containsExactly("1", "2", "3");
		assertThat(labels("(1) first\n(2) second")).containsExactly("1", "2");
		assertThat(labels("[1] first\n[2] second")).containsExactly("1", "2");
	}

	@Test
	void wordsBeforeTheNumber() {
		assertThat(labels("Point 1: first\nPoint 2: second\nPOINT 3. third")).containsExactly("1", "2", "3");
		assertThat(labels("Article 1\nThe parties agree.\nArticle 2\nThey also agree.")).containsExactly("1", "2");
		assertThat(labels("Пункт 1. Суверенитет Украины.\nПункт 2. Договор о ненападении.")).containsExactly("1", "2");
		assertThat(PastedPlan.split("Article 1\nThe parties agree.").get(0).text()).isEqualTo("The parties agree.");
	}

	@Test
	void pointsSpanSeveralLinesAndParagraphs() {
		List<Parsed> points = PastedPlan.split("""
				1. Security guarantees.
				   The US provides a guarantee.

				   Europe joins it.
				2. Elections
				""");
		assertThat(points).hasSize(2);
		assertThat(points.get(0).text()).isEqualTo("Security guarantees.\nThe US provides a guarantee.\n\nEurope joins it.");
		assertThat(points.get(0).title()).isEqualTo("Security guarantees.");
		assertThat(points.get(1).text()).isEqualTo("Elections");
	}

	@Test
	void aListInsideAPointStaysInThatPoint() {
		List<Parsed> points = PastedPlan.split("""
				1. Sanctions are lifted in stages:
				1. first the oil embargo;
				2. then the banks.
				2. Frozen assets.
				""");
		assertThat(points).extracting(Parsed::label).containsExactly("1", "2");
		assertThat(points.get(0).text()).contains("first the oil embargo").contains("then the banks");
	}

	@Test
	void labelsWithALetterAndTextBeforeTheFirstPoint() {
		List<Parsed> points = PastedPlan.split("Draft peace framework, 20 November\n\n6. Army cap.\n6a. Reserve forces.\n7. NATO.");
		assertThat(points).extracting(Parsed::label).containsExactly("6", "6a", "7");
	}

	@Test
	void windowsLineEndsAndEmptyInput() {
		assertThat(labels("1. a\r\n2. b\r\n")).containsExactly("1", "2");
		assertThat(PastedPlan.split("")).isEmpty();
		assertThat(PastedPlan.split(null)).isEmpty();
		assertThat(PastedPlan.split("No numbers at all here.")).isEmpty();
		assertThat(labels("1.\n2. only the second has text")).containsExactly("2");
	}

	@Test
	void yearsAndAmountsInTheTextAreNotPoints() {
		List<Parsed> points = PastedPlan.split("1. Elections in 100 days.\n2025 is the year of signing.\n2. Assets.");
		assertThat(points).extracting(Parsed::label).containsExactly("1", "2");
		assertThat(points.get(0).text()).contains("2025 is the year");
	}

	@Test
	void longFirstSentencesGiveAShortenedTitle() {
		String sentence = "The parties " + "agree on many important things ".repeat(8) + "today";
		Parsed point = PastedPlan.split("1. " + sentence).get(0);
		assertThat(point.title()).endsWith("…").hasSizeLessThanOrEqualTo(PastedPlan.TITLE_LENGTH);
		assertThat(point.text()).isEqualTo(sentence);
	}

}
