package org.parley.proposal;

import java.util.List;

import org.parley.position.PositionView;

/**
 * A published version with its points in order, the proposal's published versions (this
 * one included) and the positions on the version as a whole, current and superseded.
 */
public record VersionPage(VersionView version, List<VersionRef> versions, List<PointView> points,
		List<PositionView> positions) {

	/** The published version just before this one, to compare with; null for the first. */
	public VersionRef previous() {
		VersionRef previous = null;
		for (VersionRef v : versions) {
			if (v.number() == version.ref().number()) {
				return previous;
			}
			previous = v;
		}
		return null;
	}

}
