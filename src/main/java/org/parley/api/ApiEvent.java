package org.parley.api;

import java.time.LocalDate;
import java.util.List;

import org.parley.event.EventView;

/**
 * An event (talks, a summit, a call) with who took part and what it cites;
 * {@code lowConfidence} follows the pages' rule (flagged, or only weak sources).
 */
public record ApiEvent(String slug, String title, LocalDate startsOn, LocalDate endsOn, String place, String outcome,
		boolean lowConfidence, boolean weakSourcesOnly, String note, List<Participant> participants,
		List<ApiSourceRef> sources, String href) {

	/** A person (with the party they speak for), a whole party, or only a name. */
	public record Participant(String name, String role, ApiRef party) {
	}

	public static ApiEvent of(EventView e) {
		return new ApiEvent(e.slug(), e.title(), e.startsOn(), e.endsOn(), e.place(), e.outcome(), e.doubtful(),
				e.weakSourcesOnly(), e.note(),
				e.participants().stream().map(p -> new Participant(p.name(), p.role(), ApiRef.of(p.party()))).toList(),
				ApiSourceRef.of(e.sources()), e.url());
	}

}
