package org.parley.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.parley.event.EventView.ParticipantView;
import org.parley.party.PartyRef;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;

import org.parley.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events for the reading pages: three statements for a list of any length. */
@Service
@Transactional(readOnly = true)
public class EventQueries {

	private static final String SELECT = """
			select e.id as id, e.slug as slug, e.title as title, e.startsOn as startsOn, e.endsOn as endsOn,
			    e.place as place, e.outcome as outcome, e.lowConfidence as lowConfidence, e.note as note
			from Event e
			""";

	private final EntityManager em;

	EventQueries(EntityManager em) {
		this.em = em;
	}

	/** The events with these ids, in the order they happened (the timeline's filter picks the ids). */
	public List<EventView> timeline(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return complete(em.createQuery(SELECT + "where e.id in :ids order by e.startsOn, e.endsOn nulls first, e.title",
				Tuple.class)
			.setParameter("ids", ids)
			.getResultList());
	}

	public List<EventView> latest(int limit) {
		return complete(em.createQuery(SELECT + "order by e.startsOn desc, e.title, e.id", Tuple.class)
			.setMaxResults(limit)
			.getResultList());
	}

	/**
	 * A page of the events, latest first, for the API: a count, the page's events, their
	 * participants and sources, however many events there are.
	 */
	public Page<EventView> latest(Pageable page) {
		long total = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
		return Paging.of(page, total, () -> complete(em.createQuery(SELECT + "order by e.startsOn desc, e.title, e.id",
				Tuple.class)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()));
	}

	public EventView event(String slug) {
		List<EventView> found = complete(
				em.createQuery(SELECT + "where e.slug = :slug", Tuple.class).setParameter("slug", slug).getResultList());
		if (found.isEmpty()) {
			throw new EventNotFound("error.event.notFound", slug);
		}
		return found.get(0);
	}

	public List<EventRef> citing(long sourceId) {
		return em.createQuery("""
				select e.slug as slug, e.title as title, e.startsOn as startsOn
				from Event e join e.sources s where s.id = :source order by e.startsOn""", Tuple.class)
			.setParameter("source", sourceId)
			.getResultList()
			.stream()
			.map(t -> new EventRef(t.get("slug", String.class), t.get("title", String.class),
					t.get("startsOn", LocalDate.class)))
			.toList();
	}

	/** A page of {@link #citing(long)}: a count, then the page's events. */
	public Page<EventRef> citing(long sourceId, Pageable page) {
		long total = em.createQuery("select count(e) from Event e join e.sources s where s.id = :source", Long.class)
			.setParameter("source", sourceId)
			.getSingleResult();
		return Paging.of(page, total, () -> em.createQuery("""
				select e.slug as slug, e.title as title, e.startsOn as startsOn
				from Event e join e.sources s where s.id = :source order by e.startsOn, e.id""", Tuple.class)
			.setParameter("source", sourceId)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(t -> new EventRef(t.get("slug", String.class), t.get("title", String.class),
					t.get("startsOn", LocalDate.class)))
			.toList());
	}

	/** Adds participants and sources to the events read: two statements whatever their number. */
	private List<EventView> complete(List<Tuple> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(t -> t.get("id", Long.class)).toList();
		Map<Long, List<ParticipantView>> participants = em.createQuery("""
				select e.id as owner, pe.name as personName, pe.role as role, coalesce(pp.slug, pa.slug) as partySlug,
				    coalesce(pp.name, pa.name) as partyName, ep.name as name
				from EventParticipant ep join ep.event e left join ep.person pe left join pe.party pp
				    left join ep.party pa
				where e.id in :ids order by ep.ordinal""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("owner", Long.class), LinkedHashMap::new,
					Collectors.mapping(EventQueries::participant, Collectors.toList())));
		Map<Long, List<SourceRef>> sources = em.createQuery("""
				select e.id as owner, s.key as key, s.publisher as publisher, s.title as title, s.reliability as reliability,
				       s.note as note
				from Event e join e.sources s where e.id in :ids order by s.publishedOn, s.key""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("owner", Long.class), LinkedHashMap::new,
					Collectors.mapping(t -> new SourceRef(t.get("key", String.class), t.get("publisher", String.class),
							t.get("title", String.class), t.get("reliability", Reliability.class), t.get("note", String.class)),
							Collectors.toList())));
		return rows.stream().map(t -> {
			long id = t.get("id", Long.class);
			return new EventView(id, t.get("slug", String.class), t.get("title", String.class),
					t.get("startsOn", LocalDate.class), t.get("endsOn", LocalDate.class), t.get("place", String.class),
					t.get("outcome", String.class), Boolean.TRUE.equals(t.get("lowConfidence", Boolean.class)),
					t.get("note", String.class), participants.getOrDefault(id, List.of()),
					sources.getOrDefault(id, List.of()));
		}).toList();
	}

	private static ParticipantView participant(Tuple t) {
		String partySlug = t.get("partySlug", String.class);
		PartyRef party = partySlug == null ? null : new PartyRef(partySlug, t.get("partyName", String.class));
		String person = t.get("personName", String.class);
		return new ParticipantView(person != null ? person : t.get("name", String.class), t.get("role", String.class),
				party);
	}

}
