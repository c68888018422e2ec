package org.parley.proposal;

import java.util.List;

import org.parley.position.PositionView;
import org.parley.source.SourceRef;
import org.parley.topic.TopicRef;

/**
 * A point with its topics, figures, sources, the earlier points it links to, the later
 * points that link to it and, on a version page, the current position of each party on it.
 */
public record PointView(long id, PointRef ref, int ordinal, String text, TextBasis textBasis, boolean lowConfidence, String note,
		List<TopicRef> topics, List<FigureView> figures, List<SourceRef> sources, List<LinkView> links,
		List<LinkView> linkedFrom, List<PositionView> currentPositions) {

	public String label() {
		return ref.label();
	}

	public String title() {
		return ref.title();
	}

}
