package org.parley.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class WordDiffTest {

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
