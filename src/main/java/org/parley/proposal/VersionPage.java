package org.parley.proposal;

import java.util.List;

/**
 * A published version with its points in order and the proposal's published versions (this
 * one included). The page adds the positions on it from the position feature.
 */
public record VersionPage(VersionView version, List<VersionRef> versions, List<PointView> points) {

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
