package org.parley.timeline;

import java.time.LocalDate;
import java.util.List;

import org.parley.event.EventView;
import org.parley.party.PartyRef;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.proposal.VersionRef;

/** One line of the timeline: an event, or the issue of a published version. Exactly one of the two is set. */
public record TimelineEntry(LocalDate date, EventView event, IssuedVersion version) {

	public static TimelineEntry of(EventView event) {
		return new TimelineEntry(event.startsOn(), event, null);
	}

	public static TimelineEntry of(IssuedVersion version) {
		return new TimelineEntry(version.issuedOn(), null, version);
	}

	// not isEvent(): SpEL would read entry.event through it
	public boolean showsEvent() {
		return event != null;
	}

	/** The entry's id on the page, so that a link can point at it. */
	public String anchor() {
		return showsEvent() ? "event-" + event.slug() : "version-" + version.ref().key();
	}

	/** A published version on the day it was issued, with who proposed it. */
	public record IssuedVersion(VersionRef ref, LocalDate issuedOn, Provenance provenance, Completeness completeness,
			List<PartyRef> proposers) {

		public String url() {
			return ref.url();
		}

	}

}
