package org.parley.party;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.parley.party.PartyView.PersonView;
import org.parley.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties for the reading pages: four statements for one party, for all of them or for a page (and its count). */
@Service
@Transactional(readOnly = true)
public class PartyQueries {

	private final EntityManager em;

	PartyQueries(EntityManager em) {
		this.em = em;
	}

	/** Every party by name, as the filters of the analyst pages list them. */
	public List<PartyRef> refs() {
		return em.createQuery("select new org.parley.party.PartyRef(p.slug, p.name) from Party p order by p.name",
				PartyRef.class).getResultList();
	}

	public List<PartyView> parties() {
		return complete(em.createQuery("select p.id as id, p.slug as slug, p.name as name, p.kind as kind"
				+ " from Party p order by p.name, p.id", Tuple.class).getResultList());
	}

	/**
	 * A page of {@link #parties()}, in the same order: a count, the page's parties, then their
	 * members, groups and people for the page's ids only.
	 */
	public Page<PartyView> parties(Pageable page) {
		long total = em.createQuery("select count(p) from Party p", Long.class).getSingleResult();
		return Paging.of(page, total, () -> complete(em.createQuery("select p.id as id, p.slug as slug, p.name as name,"
				+ " p.kind as kind from Party p order by p.name, p.id", Tuple.class)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()));
	}

	public PartyView party(String slug) {
		List<PartyView> found = complete(em.createQuery("select p.id as id, p.slug as slug, p.name as name,"
				+ " p.kind as kind from Party p where p.slug = :slug", Tuple.class)
			.setParameter("slug", slug)
			.getResultList());
		if (found.isEmpty()) {
			throw new PartyNotFound("error.party.notFound", slug);
		}
		return found.get(0);
	}

	private List<PartyView> complete(List<Tuple> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(t -> t.get("id", Long.class)).toList();
		Map<Long, List<PartyRef>> members = refs("""
				select g.id as owner, m.slug as slug, m.name as name
				from Party g join g.members m where g.id in :ids order by m.name""", ids);
		Map<Long, List<PartyRef>> memberOf = refs("""
				select m.id as owner, g.slug as slug, g.name as name
				from Party g join g.members m where m.id in :ids order by g.name""", ids);
		Map<Long, List<PersonView>> people = em.createQuery("""
				select pe.party.id as owner, pe.slug as slug, pe.name as name, pe.role as role
				from Person pe where pe.party.id in :ids order by pe.name""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("owner", Long.class), LinkedHashMap::new,
					Collectors.mapping(t -> new PersonView(t.get("slug", String.class), t.get("name", String.class),
							t.get("role", String.class)), Collectors.toList())));
		return rows.stream().map(t -> {
			long id = t.get("id", Long.class);
			return new PartyView(id, t.get("slug", String.class), t.get("name", String.class),
					t.get("kind", PartyKind.class), members.getOrDefault(id, List.of()),
					memberOf.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()));
		}).toList();
	}

	private Map<Long, List<PartyRef>> refs(String jpql, List<Long> ids) {
		return em.createQuery(jpql, Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("owner", Long.class), LinkedHashMap::new,
					Collectors.mapping(t -> new PartyRef(t.get("slug", String.class), t.get("name", String.class)),
							Collectors.toList())));
	}

}
