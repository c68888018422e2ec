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

/**
 * The current stance of each party on points, by {@link CurrentStance}'s rule, optionally as it
 * stood on a past date. Never cached: a new statement must show at once, in every instance.
 */
@Repository
class CurrentStances {

	record StanceRow(long positionId, long pointId, String partySlug, String partyName, Stance stance,
			LocalDate statedOn, String paraphrase, String sourceUrl, String sourcePublisher, boolean lowConfidence) {
	}

	private final EntityManager em;

	private final Today today;

	CurrentStances(EntityManager em, Today today) {
		this.em = em;
		this.today = today;
	}

	/** Current stances on the points of these versions, by point id, parties in name order. */
	Map<Long, List<StanceRow>> onPointsOf(Collection<Long> versionIds, LocalDate asOf) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("""
				select * from (
				    select distinct on (pos.party_id, pos.target_point_id)
				           pos.id, pos.target_point_id, pa.slug, pa.name, pos.stance, pos.stated_on, pos.paraphrase,
				           s.url, s.publisher, pos.low_confidence
				    from position pos
				    join point pt on pt.id = pos.target_point_id
				    join party pa on pa.id = pos.party_id
				    join source s on s.id = pos.source_id
				    where pt.version_id in (:versions) and %s
				    order by pos.party_id, pos.target_point_id, %s
				) current order by 4, 2""".formatted(CurrentStance.saidBy("pos"), CurrentStance.latestFirst("pos")))
			.setParameter("versions", versionIds)
			.setParameter("asOf", CurrentStance.cutOff(today, asOf))
			.getResultList();
		return rows.stream()
			.map(r -> new StanceRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
					(String) r[3], Stance.valueOf((String) r[4]), date(r[5]), (String) r[6], (String) r[7],
					(String) r[8], (Boolean) r[9]))
			.collect(Collectors.groupingBy(StanceRow::pointId, LinkedHashMap::new, Collectors.toList()));
	}

	static LocalDate date(Object value) {
		return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
	}

}
