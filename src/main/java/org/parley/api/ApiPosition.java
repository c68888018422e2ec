package org.parley.api;

import java.time.LocalDate;
import java.util.List;

import org.parley.event.EventRef;
import org.parley.position.PositionView;
import org.parley.position.Stance;

/**
 * One dated statement of a party. {@code paraphrase} is Parley's paraphrase of it, never the
 * party's words; {@code quote}, when there is one, is. {@code target} is the key of what it is
 * about ({@code proposal@n#label}, {@code proposal@n} or a topic's slug) and
 * {@code targetKind} says which. {@code current}: no later statement of the party on the same
 * target (as of the date asked for, or now). {@code lowConfidence} follows the pages' rule.
 */
public record ApiPosition(long id, ApiRef party, String person, String personRole, Stance stance,
		LocalDate statedOn, TargetKind targetKind, String target, String targetTitle, ApiRef topic,
		String paraphrase, String quote, ApiSourceRef source, List<ApiSourceRef> furtherSources, Event event,
		boolean lowConfidence, boolean weakSourcesOnly, String note, boolean current, String href) {

	public enum TargetKind {
		POINT, VERSION, TOPIC
	}

	/** The event where it was said. */
	public record Event(String slug, String title, LocalDate startsOn, String href) {

		static Event of(EventRef e) {
			return e == null ? null : new Event(e.slug(), e.title(), e.startsOn(), e.url());
		}

	}

	public static ApiPosition of(PositionView p) {
		TargetKind kind = p.targetPoint() != null ? TargetKind.POINT
				: p.targetVersion() != null ? TargetKind.VERSION : TargetKind.TOPIC;
		String target = switch (kind) {
			case POINT -> p.targetPoint().key();
			case VERSION -> p.targetVersion().key();
			case TOPIC -> p.targetTopic().slug();
		};
		String title = switch (kind) {
			case POINT -> p.targetPoint().title();
			case VERSION -> p.targetVersion().title();
			case TOPIC -> p.targetTopic().name();
		};
		return new ApiPosition(p.id(), ApiRef.of(p.party()), p.personName(), p.personRole(), p.stance(), p.statedOn(),
				kind, target, title, ApiRef.of(p.topic()), p.paraphrase(), p.quote(), ApiSourceRef.of(p.source()),
				ApiSourceRef.of(p.furtherSources()), Event.of(p.event()), p.doubtful(), p.weakSourcesOnly(), p.note(),
				!p.superseded(), p.url());
	}

	public static List<ApiPosition> of(List<PositionView> positions) {
		return positions.stream().map(ApiPosition::of).toList();
	}

}
