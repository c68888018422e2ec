package org.parley.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule: flagged, or every source weak. */
class ConfidenceTest {

	@Test
	void stateControlledAggregatorAndUnverifiedSourcesAreWeak() {
		assertThat(List.of(Reliability.values())).filteredOn(Reliability::weak)
			.containsExactly(Reliability.STATE_CONTROLLED_MEDIA, Reliability.AGGREGATOR, Reliability.UNVERIFIED);
	}

	@Test
	void aClaimRestingOnlyOnWeakSourcesIsLowConfidence() {
		assertThat(Confidence.low(false, List.of(Reliability.STATE_CONTROLLED_MEDIA, Reliability.AGGREGATOR))).isTrue();
		assertThat(Confidence.low(false, List.of(Reliability.UNVERIFIED))).isTrue();
	}

	@Test
	void oneReputableOrOfficialSourceIsEnoughUnlessAnEditorFlaggedIt() {
		assertThat(Confidence.low(false, List.of(Reliability.AGGREGATOR, Reliability.REPUTABLE_MEDIA))).isFalse();
		assertThat(Confidence.low(false, List.of(Reliability.STATE_CONTROLLED_MEDIA, Reliability.OFFICIAL))).isFalse();
		assertThat(Confidence.low(true, List.of(Reliability.OFFICIAL))).isTrue();
		assertThat(Confidence.low(false, List.of())).as("nothing cited, nothing to judge").isFalse();
	}

}
