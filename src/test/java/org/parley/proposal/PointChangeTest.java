package org.parley.proposal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.proposal.PointChange.Wording;

import static org.assertj.core.api.Assertions.assertThat;

class PointChangeTest {

	@Test
	void aPointOnOneSideOnlyIsAddedOrRemoved() {
		assertThat(PointChange.of(List.of(), List.of(new Wording("1", "Peace.")))).isEqualTo(PointChange.ADDED);
		assertThat(PointChange.of(List.of(new Wording("1", "Peace.")), List.of())).isEqualTo(PointChange.REMOVED);
	}

	@Test
	void aPointThatAPartlyKnownVersionDoesNotCarryIsNotKnownUnlessItsRemovalIsRecorded() {
		List<Wording> peace = List.of(new Wording("1", "Peace."));
		assertThat(PointChange.of(peace, List.of(), Completeness.PARTIAL, false)).isEqualTo(PointChange.NOT_KNOWN);
		assertThat(PointChange.of(peace, List.of(), Completeness.PARTIAL, true)).isEqualTo(PointChange.REMOVED);
		assertThat(PointChange.of(peace, List.of(), Completeness.COMPLETE, false)).isEqualTo(PointChange.REMOVED);
		assertThat(PointChange.of(List.of(), peace, Completeness.PARTIAL, false)).isEqualTo(PointChange.ADDED);
		assertThat(PointChange.of(peace, peace, Completeness.PARTIAL, false)).isEqualTo(PointChange.UNCHANGED);
	}

	@Test
	void otherWordsReviseEvenWhenTheLabelMovedToo() {
		assertThat(PointChange.of(List.of(new Wording("6", "Capped at 600,000.")),
				List.of(new Wording("7", "Capped at 800,000.")))).isEqualTo(PointChange.REVISED);
		assertThat(PointChange.of(List.of(new Wording("6", "No NATO membership.")),
				List.of(new Wording("6", "No NATO membership!")))).isEqualTo(PointChange.REVISED);
	}

	@Test
	void theSameWordsUnderAnotherLabelAreRenumberedAndWhiteSpaceAloneChangesNothing() {
		assertThat(PointChange.of(List.of(new Wording("6", "No  NATO\nmembership. ")),
				List.of(new Wording("6", "No NATO membership.")))).isEqualTo(PointChange.UNCHANGED);
		assertThat(PointChange.of(List.of(new Wording("6", "No NATO membership.")),
				List.of(new Wording("7", "No NATO membership.")))).isEqualTo(PointChange.RENUMBERED);
	}

	@Test
	void mergedPointsAreComparedAsTheirTextsInOrder() {
		List<Wording> older = List.of(new Wording("3", "Elections."), new Wording("4", "Amnesty."));
		assertThat(PointChange.of(older, List.of(new Wording("3", "Elections.\nAmnesty.")))).isEqualTo(PointChange.RENUMBERED);
		assertThat(PointChange.of(older, List.of(new Wording("3", "Amnesty. Elections.")))).isEqualTo(PointChange.REVISED);
	}

}
