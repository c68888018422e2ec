package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import org.parley.event.EventRef;
import org.parley.party.PartyRef;
import org.parley.proposal.PointRef;
import org.parley.proposal.VersionRef;
import org.parley.topic.TopicRef;
import org.parley.source.Confidence;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;

/**
 * One dated statement as readers see it. Exactly one of {@code targetPoint},
 * {@code targetVersion} and {@code targetTopic} is set. {@code superseded} is true when
 * the same party said something later about the same target.
 */
public record PositionView(long id, PartyRef party, String personName, String personRole, Stance stance,
		LocalDate statedOn, PointRef targetPoint, VersionRef targetVersion, TopicRef targetTopic, TopicRef topic,
		String paraphrase, String quote, SourceRef source, List<SourceRef> furtherSources, EventRef event,
		boolean lowConfidence, String note, boolean superseded) {

	/** The statement among the others on its target: a point's, a version's or a topic's page. */
	public String url() {
		return targetUrl() + "#position-" + id;
	}

	public String targetUrl() {
		if (targetPoint != null) {
			return targetPoint.url();
		}
		if (targetVersion != null) {
			return targetVersion.url();
		}
		return targetTopic.url();
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
		return allSources().stream().map(SourceRef::reliability).toList();
	}

	/** The primary source first, then the further ones. */
	public List<SourceRef> allSources() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(source), furtherSources.stream()).toList();
	}

	PositionView withFurtherSources(List<SourceRef> sources) {
		return new PositionView(id, party, personName, personRole, stance, statedOn, targetPoint, targetVersion,
				targetTopic, topic, paraphrase, quote, source, List.copyOf(sources), event, lowConfidence, note,
				superseded);
	}

}
