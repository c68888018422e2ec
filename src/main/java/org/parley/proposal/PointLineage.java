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
	 * recursive query, so one statement however long the chains). Each link appears once,
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
				    from point_link l join earlier e on l.from_point_id = e.to_id
				    where l.to_point_id <> all(e.path)
				), later(from_id, to_id, kind, depth, path) as (
				    select l.from_point_id, l.to_point_id, l.kind, 1, array[l.to_point_id, l.from_point_id]
				    from point_link l where l.to_point_id = :point
				    union all
				    select l.from_point_id, l.to_point_id, l.kind, e.depth + 1, e.path || l.from_point_id
				    from point_link l join later e on l.to_point_id = e.from_id
				    where l.from_point_id <> all(e.path)
				), edges as (
				    select distinct on (later, from_id, to_id) later, from_id, to_id, kind, depth
				    from (select false as later, * from earlier union all select true, * from later) all_edges
				    order by later, from_id, to_id, depth
				)
				select e.kind, e.depth,
				    fpr.slug, fpr.name, fv.number, fp.label, fp.title,
				    tpr.slug, tpr.name, tv.number, tp.label, tp.title, e.later
				from edges e
				    join point fp on fp.id = e.from_id join proposal_version fv on fv.id = fp.version_id
				    join proposal fpr on fpr.id = fv.proposal_id
				    join point tp on tp.id = e.to_id join proposal_version tv on tv.id = tp.version_id
				    join proposal tpr on tpr.id = tv.proposal_id
				where fv.status = 'PUBLISHED' and tv.status = 'PUBLISHED'
				order by e.depth, fv.issued_on, fpr.name, fv.number, fp.ordinal, tpr.name, tv.number, tp.ordinal
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
