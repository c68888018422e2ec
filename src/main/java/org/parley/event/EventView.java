package org.parley.event;

import java.time.LocalDate;
import java.util.List;

import org.parley.party.PartyRef;
import org.parley.source.Confidence;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;

/** An event with who took part and what it cites. */
public record EventView(long id, String slug, String title, LocalDate startsOn, LocalDate endsOn, String place,
		String outcome, boolean lowConfidence, String note, List<ParticipantView> participants,
		List<SourceRef> sources) {

	public String url() {
		return "/events/" + slug;
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

	/** A participant: a person (with the party they speak for), a whole party, or only a name. */
	public record ParticipantView(String name, String role, PartyRef party) {
	}

}
