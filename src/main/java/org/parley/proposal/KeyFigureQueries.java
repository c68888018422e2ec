package org.parley.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The numbers the plans set, side by side, for the overview. */
@Service
@Transactional(readOnly = true)
public class KeyFigureQueries {

	private final EntityManager em;

	KeyFigureQueries(EntityManager em) {
		this.em = em;
	}

	/**
	 * Key figures of the {@code limit} most recently issued published versions that set
	 * any, side by side: two statements that read only those versions' points, however many
	 * plans there are.
	 */
	public FigureTable latest(int limit) {
		// walks the versions newest first (index) and stops at the first that set figures; the limit
		// is written into the statement so that even a generic plan knows it is small
		@SuppressWarnings("unchecked")
		List<Number> versionIds = em.createNativeQuery("""
				select v.id from proposal_version v
				where v.status = 'PUBLISHED'
				  and exists (select 1 from point pt join key_figure f on f.point_id = pt.id where pt.version_id = v.id)
				order by v.issued_on desc, v.id desc limit %d""".formatted(limit))
			.getResultList();
		if (versionIds.isEmpty()) {
			return new FigureTable(List.of(), List.of());
		}
		List<Tuple> rows = em.createQuery("""
				select m.slug as measureSlug, m.name as measureName, m.unit as unit, f.value as value,
				    f.qualifier as qualifier, pr.slug as slug, pr.name as name, v.number as number,
				    v.title as versionTitle, v.issuedOn as issuedOn, pt.label as label, pt.title as title
				from KeyFigure f join f.measure m join f.point pt join pt.version v join v.proposal pr
				where v.status = :published and v.id in :versions
				order by m.name, pt.ordinal""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("versions", versionIds.stream().map(Number::longValue).toList())
			.getResultList();
		// a proposal's versions stay together, in the order the proposals were first put forward
		Map<String, LocalDate> proposalFirstIssued = new LinkedHashMap<>();
		Map<String, VersionRef> versions = new LinkedHashMap<>();
		for (Tuple t : rows) {
			proposalFirstIssued.merge(t.get("slug", String.class), t.get("issuedOn", LocalDate.class),
					(a, b) -> a.isBefore(b) ? a : b);
			VersionRef version = new VersionRef(t.get("slug", String.class), t.get("name", String.class),
					t.get("number", Integer.class), t.get("versionTitle", String.class));
			versions.putIfAbsent(version.key(), version);
		}
		List<VersionRef> columns = versions.values()
			.stream()
			.sorted(Comparator.comparing((VersionRef v) -> proposalFirstIssued.get(v.proposalSlug()))
				.thenComparing(VersionRef::proposalSlug)
				.thenComparing(VersionRef::number))
			.toList();
		Map<String, Map<String, FigureTable.Cell>> cells = new LinkedHashMap<>();
		Map<String, FigureView> measures = new LinkedHashMap<>();
		for (Tuple t : rows) {
			FigureView figure = new FigureView(t.get("measureSlug", String.class), t.get("measureName", String.class),
					t.get("unit", String.class), t.get("value", BigDecimal.class), t.get("qualifier", String.class));
			PointRef point = ProposalQueries.pointRef(t);
			measures.putIfAbsent(figure.measureSlug(), figure);
			cells.computeIfAbsent(figure.measureSlug(), k -> new LinkedHashMap<>())
				.putIfAbsent(point.version().key(), new FigureTable.Cell(figure, point));
		}
		List<FigureTable.Row> tableRows = measures.values()
			.stream()
			.map(m -> new FigureTable.Row(m.measureName(), m.unit(),
					columns.stream().map(c -> cells.get(m.measureSlug()).get(c.key())).toList()))
			.toList();
		return new FigureTable(columns, tableRows);
	}

}
