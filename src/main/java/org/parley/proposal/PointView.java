package org.parley.proposal;

import java.util.List;

import org.parley.source.Confidence;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;
import org.parley.topic.TopicRef;

/**
 * A point with its topics, figures, sources, the earlier points it links to and the later
 * points that link to it. The positions on it belong to the position feature: the version
 * and point pages add them.
 */
public record PointView(long id, PointRef ref, int ordinal, String text, TextBasis textBasis, boolean lowConfidence, String note,
		List<TopicRef> topics, List<FigureView> figures, List<SourceRef> sources, List<LinkView> links,
		List<LinkView> linkedFrom) {

	public String label() {
		return ref.label();
	}

	public String title() {
		return ref.title();
	}

	/**
	 * Low confidence by {@link Confidence}'s rule: flagged by an editor ({@code lowConfidence}),
	 * or resting only on weak sources.
	 */
	public boolean doubtful() {
		return Confidence.low(lowConfidence, grades());
	}

	/** Every source it cites is weak (aggregators, state-controlled outlets, unverified). */
	public boolean weakSourcesOnly() {
		return Confidence.restsOnWeakSourcesOnly(grades());
	}

	private List<Reliability> grades() {
		return sources.stream().map(SourceRef::reliability).toList();
	}

}
