package org.parley.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.parley.event.EventQueries;
import org.parley.party.PartyRef;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.proposal.VersionRef;
import org.parley.proposal.VersionStatus;
import org.parley.timeline.TimelineEntry.IssuedVersion;
import org.parley.topic.TopicRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation timeline: events and the issue of published versions, side by side, narrowed
 * by party, topic and date range. A fixed number of statements whatever the data: the filter's
 * choices (2), the matching event ids (1) and their events (3), the matching versions and
 * their proposers (2). Events carry no topics of their own, so an event concerns the topics of
 * the positions stated at it.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

	/**
	 * A party matches itself, its members (for a group or bloc) and the groups it belongs to: the
	 * E3's proposal concerns the United Kingdom, Macron's visit concerns the E3.
	 */
	private static final String PARTY_OR_MEMBER = """
			(%1$s.slug = :party or %1$s.id in (select m.id from Party g join g.members m where g.slug = :party)
			    or %1$s.id in (select g.id from Party g join g.members m where m.slug = :party))""";

	private final EntityManager em;

	private final EventQueries events;

	Timeline(EntityManager em, EventQueries events) {
		this.em = em;
		this.events = events;
	}

	public TimelinePage page(TimelineFilter filter) {
		List<PartyRef> parties = em.createQuery("select p.slug as slug, p.name as name from Party p order by p.name",
				Tuple.class)
			.getResultStream()
			.map(t -> new PartyRef(t.get("slug", String.class), t.get("name", String.class)))
			.toList();
		List<TopicRef> topics = em.createQuery("select t.slug as slug, t.name as name from Topic t order by t.name",
				Tuple.class)
			.getResultStream()
			.map(t -> new TopicRef(t.get("slug", String.class), t.get("name", String.class)))
			.toList();
		if (filter.party() != null && parties.stream().noneMatch(p -> p.slug().equals(filter.party()))) {
			throw new InvalidTimelineFilter("error.party.notFound", filter.party());
		}
		if (filter.topic() != null && topics.stream().noneMatch(t -> t.slug().equals(filter.topic()))) {
			throw new InvalidTimelineFilter("error.topic.notFound", filter.topic());
		}
		List<TimelineEntry> entries = new ArrayList<>();
		events.timeline(eventIds(filter)).forEach(e -> entries.add(TimelineEntry.of(e)));
		versions(filter).forEach(v -> entries.add(TimelineEntry.of(v)));
		// stable: on one day, events (already in order) before the versions issued that day
		entries.sort(Comparator.comparing(TimelineEntry::date));
		return new TimelinePage(filter, entries, parties, topics);
	}

	private List<Long> eventIds(TimelineFilter filter) {
		StringBuilder jpql = new StringBuilder("select e.id from Event e where 1 = 1");
		if (filter.from() != null) {
			jpql.append(" and coalesce(e.endsOn, e.startsOn) >= :from");
		}
		if (filter.to() != null) {
			jpql.append(" and e.startsOn <= :to");
		}
		if (filter.party() != null) {
			jpql.append(" and exists (select 1 from EventParticipant ep left join ep.party pa left join ep.person pe"
					+ " left join pe.party pp where ep.event = e and (" + PARTY_OR_MEMBER.formatted("pa") + " or "
					+ PARTY_OR_MEMBER.formatted("pp") + "))");
		}
		if (filter.topic() != null) {
			jpql.append(" and exists (select 1 from Position s left join s.topic st left join s.targetTopic tt"
					+ " left join s.targetPoint tp left join tp.topics tpt where s.event = e"
					+ " and (st.slug = :topic or tt.slug = :topic or tpt.slug = :topic))");
		}
		return bind(em.createQuery(jpql.toString(), Long.class), filter).getResultList();
	}

	private List<IssuedVersion> versions(TimelineFilter filter) {
		StringBuilder jpql = new StringBuilder("""
				select pr.slug as slug, pr.name as name, v.number as number, v.title as title, v.issuedOn as issuedOn,
				    v.provenance as provenance, v.completeness as completeness
				from Version v join v.proposal pr where v.status = :published""");
		if (filter.from() != null) {
			jpql.append(" and v.issuedOn >= :from");
		}
		if (filter.to() != null) {
			jpql.append(" and v.issuedOn <= :to");
		}
		if (filter.party() != null) {
			jpql.append(" and exists (select 1 from Proposal q join q.proposers pp where q = pr and "
					+ PARTY_OR_MEMBER.formatted("pp") + ")");
		}
		if (filter.topic() != null) {
			jpql.append(" and exists (select 1 from Point pt join pt.topics t where pt.version = v and t.slug = :topic)");
		}
		jpql.append(" order by v.issuedOn, pr.name, v.number");
		List<Tuple> rows = bind(em.createQuery(jpql.toString(), Tuple.class), filter)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<PartyRef>> proposers = em.createQuery("""
				select pr.slug as proposal, p.slug as slug, p.name as name
				from Proposal pr join pr.proposers p where pr.slug in :slugs order by p.name""", Tuple.class)
			.setParameter("slugs", rows.stream().map(t -> t.get("slug", String.class)).distinct().toList())
			.getResultStream()
			.collect(Collectors.groupingBy(t -> t.get("proposal", String.class), LinkedHashMap::new,
					Collectors.mapping(t -> new PartyRef(t.get("slug", String.class), t.get("name", String.class)),
							Collectors.toList())));
		Map<String, List<PartyRef>> byProposal = new HashMap<>(proposers);
		return rows.stream().map(t -> {
			String slug = t.get("slug", String.class);
			return new IssuedVersion(
					new VersionRef(slug, t.get("name", String.class), t.get("number", Integer.class),
							t.get("title", String.class)),
					t.get("issuedOn", LocalDate.class), t.get("provenance", Provenance.class),
					t.get("completeness", Completeness.class), byProposal.getOrDefault(slug, List.of()));
		}).toList();
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, TimelineFilter filter) {
		if (filter.from() != null) {
			query.setParameter("from", filter.from());
		}
		if (filter.to() != null) {
			query.setParameter("to", filter.to());
		}
		if (filter.party() != null) {
			query.setParameter("party", filter.party());
		}
		if (filter.topic() != null) {
			query.setParameter("topic", filter.topic());
		}
		return query;
	}

	/** The entries, and the choices the filter form offers. */
	public record TimelinePage(TimelineFilter filter, List<TimelineEntry> entries, List<PartyRef> parties,
			List<TopicRef> topics) {
	}

}
