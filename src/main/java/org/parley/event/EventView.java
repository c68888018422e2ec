package org.parley.event;

import java.time.LocalDate;
import java.util.List;

import org.parley.party.PartyRef;
import org.parley.source.SourceRef;

/** An event with who took part and what it cites. */
public record EventView(long id, String slug, String title, LocalDate startsOn, LocalDate endsOn, String place,
		String outcome, boolean lowConfidence, String note, List<ParticipantView> participants,
		List<SourceRef> sources) {

	public String url() {
		return "/events/" + slug;
	}

	/** A participant: a person (with the party they speak for), a whole party, or only a name. */
	public record ParticipantView(String name, String role, PartyRef party) {
	}

}
