package org.parley.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where a point comes from and what came of it, across versions and proposals. */
@Component
@Transactional(readOnly = true)
class PointLineage {

	private final EntityManager em;

	PointLineage(EntityManager em) {
		this.em = em;
	}

	/**
	 * Every link reachable from a point in either direction, followed transitively (a
	 * recursive query, so one statement however long the chains), then the linked points by key. Each link appears once,
	 * at the depth it is first reached. Keyed {@code false} for the points it comes from,
	 * {@code true} for those that come from it or answer it.
	 */
	Map<Boolean, List<LinkView>> of(long pointId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("""
				with recursive earlier(from_id, to_id, kind, depth, path) as (
				    select l.from_point_id, l.to_point_id, l.kind, 1, array[l.from_point_id, l.to_point_id]
				    from point_link l where l.from_point_id = :point
				    union all
				    select l.from_point_id, l.to_point_id, l.kind, e.depth + 1, e.path || l.to_point_id
				    from earlier e cross join lateral (select * from point_link x where x.from_point_id = e.to_id offset 0) l
				    where l.to_point_id <> all(e.path)
				), later(from_id, to_id, kind, depth, path) as (
				    select l.from_point_id, l.to_point_id, l.kind, 1, array[l.to_point_id, l.from_point_id]
				    from point_link l where l.to_point_id = :point
				    union all
				    select l.from_point_id, l.to_point_id, l.kind, e.depth + 1, e.path || l.from_point_id
				    from later e cross join lateral (select * from point_link x where x.to_point_id = e.from_id offset 0) l
				    where l.from_point_id <> all(e.path)
				), edges as (
				    select distinct on (later, from_id, to_id) later, from_id, to_id, kind, depth
				    from (select false as later, * from earlier union all select true, * from later) all_edges
				    order by later, from_id, to_id, depth
				)
				select e.kind, e.depth,
				    f.slug, f.name, f.number, f.label, f.title,
				    t.slug, t.name, t.number, t.label, t.title, e.later
				from edges e
				    -- the few linked points by key: a lateral subquery that "offset 0" keeps PostgreSQL from
				    -- flattening into a join, which it would plan as a scan of the whole tables
				    cross join lateral (select pr.slug, pr.name, v.number, v.issued_on, pt.ordinal, pt.label, pt.title
				        from point pt join proposal_version v on v.id = pt.version_id join proposal pr on pr.id = v.proposal_id
				        where pt.id = e.from_id and v.status = 'PUBLISHED' offset 0) f
				    cross join lateral (select pr.slug, pr.name, v.number, pt.ordinal, pt.label, pt.title
				        from point pt join proposal_version v on v.id = pt.version_id join proposal pr on pr.id = v.proposal_id
				        where pt.id = e.to_id and v.status = 'PUBLISHED' offset 0) t
				order by e.depth, f.issued_on, f.name, f.number, f.ordinal, t.name, t.number, t.ordinal
				""").setParameter("point", pointId).getResultList();
		Map<Boolean, List<LinkView>> lineage = rows.stream()
			.collect(Collectors.partitioningBy(r -> (Boolean) r[12], Collectors.mapping(r -> new LinkView(
					new PointRef((String) r[2], (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6]),
					LinkKind.valueOf((String) r[0]),
					new PointRef((String) r[7], (String) r[8], ((Number) r[9]).intValue(), (String) r[10], (String) r[11]),
					((Number) r[1]).intValue()), Collectors.toList())));
		return lineage;
	}

}
