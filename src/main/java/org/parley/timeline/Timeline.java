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
import org.parley.party.PartyQueries;
import org.parley.party.PartyRef;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.proposal.VersionRef;
import org.parley.proposal.VersionStatus;
import org.parley.system.Paging;
import org.parley.timeline.TimelineEntry.IssuedVersion;
import org.parley.topic.TopicQueries;
import org.parley.topic.TopicRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation timeline: events and the issue of published versions, side by side, narrowed
 * by party, topic and date range, a page at a time. A fixed number of statements whatever the
 * data: the filter's choices (2), how many events and versions match (2), the page's event ids
 * and versions (2), its events (3) and the versions' proposers (1). Events carry no topics of their own, so an event concerns the topics of
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

	private static final String EVENT_FROM = "from Event e";

	private static final String VERSION_FROM = "from Version v join v.proposal pr";

	private static final String VERSION_SELECT = """
			select pr.slug as slug, pr.name as name, v.number as number, v.title as title, v.issuedOn as issuedOn,
			    v.provenance as provenance, v.completeness as completeness\s""";

	private final EntityManager em;

	private final PartyQueries partyQueries;

	private final TopicQueries topicQueries;

	private final EventQueries events;

	Timeline(EntityManager em, EventQueries events, PartyQueries partyQueries, TopicQueries topicQueries) {
		this.em = em;
		this.partyQueries = partyQueries;
		this.topicQueries = topicQueries;
		this.events = events;
	}

	/** Page {@code page} of the timeline for the filter: the filter's choices, two counts, two keyed reads, the page's events and proposers. */
	public TimelinePage page(TimelineFilter filter, Pageable page) {
		List<PartyRef> parties = partyQueries.refs();
		List<TopicRef> topics = topicQueries.refs();
		if (filter.party() != null && parties.stream().noneMatch(p -> p.slug().equals(filter.party()))) {
			throw new InvalidTimelineFilter("error.party.notFound", filter.party());
		}
		if (filter.topic() != null && topics.stream().noneMatch(t -> t.slug().equals(filter.topic()))) {
			throw new InvalidTimelineFilter("error.topic.notFound", filter.topic());
		}
		long total = count("select count(e) " + EVENT_FROM + eventWhere(filter), filter)
				+ count("select count(v) " + VERSION_FROM + versionWhere(filter), filter);
		if (page.isPaged()) {
			Paging.within(page, total);
		}
		// the first offset + size of each kind, merged by date: enough for the page whatever it holds of each
		int wanted = page.isPaged() ? (int) Math.min(Integer.MAX_VALUE, page.getOffset() + page.getPageSize())
				: Integer.MAX_VALUE;
		List<Tuple> eventKeys = bind(em.createQuery("select e.id as id, e.startsOn as day " + EVENT_FROM
				+ eventWhere(filter) + " order by e.startsOn, e.endsOn nulls first, e.title, e.id", Tuple.class), filter)
			.setMaxResults(wanted)
			.getResultList();
		List<Tuple> versionRows = bind(em.createQuery(VERSION_SELECT + VERSION_FROM + versionWhere(filter)
				+ " order by v.issuedOn, pr.name, v.number", Tuple.class), filter)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setMaxResults(wanted)
			.getResultList();
		int skip = page.isPaged() ? (int) page.getOffset() : 0;
		int take = page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE;
		List<Long> eventIds = new ArrayList<>();
		List<Tuple> versionsShown = new ArrayList<>();
		int e = 0;
		int v = 0;
		for (int n = 0; n < skip + take && (e < eventKeys.size() || v < versionRows.size()); n++) {
			// on one day, events before the versions issued that day
			boolean event = v == versionRows.size() || (e < eventKeys.size() && !eventKeys.get(e)
				.get("day", LocalDate.class)
				.isAfter(versionRows.get(v).get("issuedOn", LocalDate.class)));
			Tuple next = event ? eventKeys.get(e++) : versionRows.get(v++);
			if (n >= skip) {
				if (event) {
					eventIds.add(next.get("id", Long.class));
				}
				else {
					versionsShown.add(next);
				}
			}
		}
		List<TimelineEntry> entries = new ArrayList<>();
		events.timeline(eventIds).forEach(ev -> entries.add(TimelineEntry.of(ev)));
		versions(versionsShown).forEach(iv -> entries.add(TimelineEntry.of(iv)));
		// stable: on one day, events (already in order) before the versions issued that day
		entries.sort(Comparator.comparing(TimelineEntry::date));
		return new TimelinePage(filter, new PageImpl<>(entries, page, total), parties, topics);
	}

	/** The whole timeline for the filter, unpaged (the export). */
	public TimelinePage page(TimelineFilter filter) {
		return page(filter, Pageable.unpaged());
	}

	private long count(String jpql, TimelineFilter filter) {
		var query = bind(em.createQuery(jpql, Long.class), filter);
		if (jpql.contains(VERSION_FROM)) {
			query.setParameter("published", VersionStatus.PUBLISHED);
		}
		return query.getSingleResult();
	}

	private static String eventWhere(TimelineFilter filter) {
		StringBuilder jpql = new StringBuilder(" where 1 = 1");
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
		return jpql.toString();
	}

	private static String versionWhere(TimelineFilter filter) {
		StringBuilder jpql = new StringBuilder(" where v.status = :published");
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
		return jpql.toString();
	}

	private List<IssuedVersion> versions(List<Tuple> rows) {
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
	public record TimelinePage(TimelineFilter filter, Page<TimelineEntry> shown, List<PartyRef> parties,
			List<TopicRef> topics) {

		public List<TimelineEntry> entries() {
			return shown.getContent();
		}

	}

}
