package org.parley.compare;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

import org.parley.calendar.Today;
import org.parley.position.CurrentStance;
import org.parley.position.Stance;
import org.parley.source.Confidence;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;

/**
 * The current stance of each party on points, by {@link CurrentStance}'s rule, optionally as it
 * stood on a past date. Never cached: a new statement must show at once, in every instance.
 */
@Repository
class CurrentStances {

	/**
	 * A party's current statement on a point ({@code pointId}) or on a version as a whole
	 * ({@code versionId}); the other is null. {@code lowConfidence} by {@link Confidence}'s rule.
	 */
	record StanceRow(long positionId, Long pointId, Long versionId, String partySlug, String partyName,
			Stance stance, LocalDate statedOn, String paraphrase, String sourceUrl, SourceRef source,
			boolean lowConfidence) {
	}

	/** Current stances on points, by point id, and apart from them on whole versions, by version id. */
	record Current(Map<Long, List<StanceRow>> onPoints, Map<Long, List<StanceRow>> onVersions) {
	}

	private final EntityManager em;

	private final Today today;

	CurrentStances(EntityManager em, Today today) {
		this.em = em;
		this.today = today;
	}

	/**
	 * Current stances on these versions' points and on the versions as a whole, parties in name
	 * order, in one statement: a statement on a whole version is a target of its own, never a
	 * stance on one of its points. The statements are found through the indexes on their two
	 * targets, one branch each (an {@code or} of the two made PostgreSQL read every statement
	 * and every point: 15 ms at 100 times the sample, 1.5 ms now).
	 */
	Current on(Collection<Long> versionIds, LocalDate asOf) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("""
				select * from (
				    select distinct on (pos.party_id, pos.target_point_id, pos.target_version_id)
				           pos.id, pos.target_point_id, pos.target_version_id, pa.slug, pa.name, pos.stance,
				           pos.stated_on, pos.paraphrase, s.url, s.key, s.publisher, s.title, s.reliability, s.note,
				           %s as low
				    from position pos
				    join party pa on pa.id = pos.party_id
				    join source s on s.id = pos.source_id
				    where pos.id in (
				        select on_point.id from position on_point join point pt on pt.id = on_point.target_point_id
				        where pt.version_id in (:versions)
				        union all
				        select on_version.id from position on_version where on_version.target_version_id in (:versions))
				      and %s
				    order by pos.party_id, pos.target_point_id, pos.target_version_id, %s
				) current order by 5, 2, 3""".formatted(Confidence.lowSql("pos"), CurrentStance.saidBy("pos"),
						CurrentStance.latestFirst("pos")))
			.setParameter("versions", versionIds)
			.setParameter("asOf", CurrentStance.cutOff(today, asOf))
			.getResultList();
		List<StanceRow> all = rows.stream()
			.map(r -> new StanceRow(((Number) r[0]).longValue(), id(r[1]), id(r[2]), (String) r[3], (String) r[4],
					Stance.valueOf((String) r[5]), date(r[6]), (String) r[7], (String) r[8],
					new SourceRef((String) r[9], (String) r[10], (String) r[11], Reliability.valueOf((String) r[12]),
							(String) r[13]),
					(Boolean) r[14]))
			.toList();
		return new Current(
				all.stream().filter(r -> r.pointId() != null)
					.collect(Collectors.groupingBy(StanceRow::pointId, LinkedHashMap::new, Collectors.toList())),
				all.stream().filter(r -> r.versionId() != null)
					.collect(Collectors.groupingBy(StanceRow::versionId, LinkedHashMap::new, Collectors.toList())));
	}

	private static Long id(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	static LocalDate date(Object value) {
		return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
	}

}
