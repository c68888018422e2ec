package org.parley.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class WordDiffTest {

	@Test
	void theSamePointsHaveADiffPerLanguageNeverTheOtherLanguagesOne() {
		WordDiff diffs = new WordDiff();
		java.util.List<Long> older = java.util.List.of(1L);
		java.util.List<Long> newer = java.util.List.of(2L);
		diffs.between(older, "The army is capped at 600,000.", newer, "The army is capped at 800,000.");

		assertThat(diffs.between(org.parley.proposal.Language.UK, older, "Армію обмежено до 600 тисяч.", newer,
				"Армію обмежено до 800 тисяч."))
			.extracting(Segment::kind, Segment::text)
			.containsExactly(tuple(Segment.Kind.EQUAL, "Армію обмежено до "), tuple(Segment.Kind.DELETED, "600"),
					tuple(Segment.Kind.INSERTED, "800"), tuple(Segment.Kind.EQUAL, " тисяч."));
	}


	@Test
	void marksChangedWordsOnly() {
		assertThat(WordDiff.of("capped at 600,000 personnel.", "capped at 800,000 personnel in peacetime."))
			.extracting(Segment::kind, Segment::text)
			.containsExactly(tuple(Segment.Kind.EQUAL, "capped at "), tuple(Segment.Kind.DELETED, "600"),
					tuple(Segment.Kind.INSERTED, "800"), tuple(Segment.Kind.EQUAL, ",000 personnel"),
					tuple(Segment.Kind.INSERTED, " in peacetime"), tuple(Segment.Kind.EQUAL, "."));
	}

	@Test
	void keepsALoneCommonWordInsideTheChangeRatherThanCuttingItIntoConfetti() {
		assertThat(WordDiff.of("Russia keeps the occupied land.", "Ukraine regains the whole territory."))
			.extracting(Segment::kind, Segment::text)
			.containsExactly(tuple(Segment.Kind.DELETED, "Russia keeps the occupied land"),
					tuple(Segment.Kind.INSERTED, "Ukraine regains the whole territory"), tuple(Segment.Kind.EQUAL, "."));
	}

}
