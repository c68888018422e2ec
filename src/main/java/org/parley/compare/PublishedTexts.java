package org.parley.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;

import org.parley.proposal.VersionKey;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Provenance;
import org.parley.proposal.TextBasis;
import org.parley.source.Confidence;
import org.parley.proposal.VersionStatus;
import org.parley.proposal.VersionNotFound;
import org.parley.topic.TopicRef;

/**
 * The read queries behind the analyst views: a fixed number of statements per page,
 * each returning plain rows, whatever the size of the data.
 */
@Repository
public class PublishedTexts {

	public record VersionRow(long id, String proposalSlug, String proposalName, int number, String title,
			LocalDate issuedOn, Provenance provenance, Completeness completeness, boolean published,
			String basedOnKey) {

		public VersionKey key() {
			return new VersionKey(proposalSlug, number);
		}

	}

	/** {@code basis}: what the text is (the document's words, a translation, Parley's paraphrase, a report). */
	record PointRow(long id, long versionId, String label, int ordinal, String title, String text,
			boolean lowConfidence, TextBasis basis) {

		/** Whether the text renders the wording, by {@link TextBasis#isWording()}. */
		boolean wording() {
			return TextBasis.isWording(basis);
		}

	}

	record FigureRow(long pointId, String measureSlug, String measureName, String unit, BigDecimal value,
			String qualifier) {
	}

	record LinkRow(long from, long to, LinkKind kind) {
	}

	private final EntityManager em;

	PublishedTexts(EntityManager em) {
		this.em = em;
	}

	/** The published versions named by {@code keys}, in that order; 404 for any unknown or unpublished one. */
	List<VersionRow> versions(List<VersionKey> keys) {
		Set<String> slugs = keys.stream().map(VersionKey::proposal).collect(Collectors.toSet());
		Map<VersionKey, VersionRow> found = em.createQuery("""
				select v.id, p.slug, p.name, v.number, v.title, v.issuedOn, v.provenance, v.completeness, v.status,
				       bp.slug, b.number
				from Version v join v.proposal p left join v.basedOn b left join b.proposal bp
				where p.slug in :slugs""", Tuple.class)
			.setParameter("slugs", slugs)
			.getResultStream()
			.map(PublishedTexts::version)
			.collect(Collectors.toMap(VersionRow::key, v -> v));
		List<VersionRow> versions = new ArrayList<>();
		for (VersionKey key : keys) {
			VersionRow version = found.get(key);
			if (version == null || !version.published()) {
				throw new VersionNotFound("error.version.notPublishedKey", key);
			}
			versions.add(version);
		}
		return versions;
	}

	/** How many versions the forms offer to pick from; any other is typed by its key. */
	static final int VERSION_CHOICES = 60;

	/**
	 * The most recently issued published versions, for the forms' pickers, by proposal and
	 * number: bounded, so that a form stays small however many versions exist (at 100 times the
	 * sample, listing all 1,300 made up two thirds of the positions page). The versions are picked
	 * first, so that only theirs of the proposals are read (by key).
	 */
	List<Comparison.Option> versionChoices() {
		return em.createQuery("""
				select v.id, p.slug, p.name, v.number, v.title, v.issuedOn, v.provenance, v.completeness, v.status,
				       bp.slug, b.number
				from Version v join v.proposal p left join v.basedOn b left join b.proposal bp
				where v.id in (select latest.id from Version latest where latest.status = :published
				               order by latest.issuedOn desc, latest.id desc limit :choices)""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("choices", VERSION_CHOICES)
			.getResultStream()
			.map(PublishedTexts::version)
			.sorted(Comparator.comparing(VersionRow::proposalName).thenComparingInt(VersionRow::number))
			.map(v -> new Comparison.Option(v.key().toString(),
					v.proposalName() + " — " + v.title() + " (" + v.key() + ")"))
			.toList();
	}

	List<TopicRef> topics() {
		return em.createQuery("select t.slug, t.name from Topic t order by lower(t.name)", Tuple.class)
			.getResultStream()
			.map(t -> new TopicRef(t.get(0, String.class), t.get(1, String.class)))
			.toList();
	}

	/** The points of these versions in document order. */
	List<PointRow> points(Collection<Long> versionIds) {
		// low confidence as everywhere else: flagged, or resting on weak sources only
		return em.createQuery("select pt.id, pt.version.id, pt.label, pt.ordinal, pt.title, pt.text, "
				+ "case when " + Confidence.lowCitedJpql("pt") + " then true else false end, pt.textBasis from Point pt where pt.version.id in :versions"
				+ " order by pt.version.id, pt.ordinal", Tuple.class)
			.setParameter("versions", versionIds)
			.getResultStream()
			.map(t -> new PointRow(t.get(0, Long.class), t.get(1, Long.class), t.get(2, String.class),
					t.get(3, Integer.class), t.get(4, String.class), t.get(5, String.class),
					t.get(6, Boolean.class), t.get(7, TextBasis.class)))
			.toList();
	}

	/** Topics of the points of these versions, by point id, in name order. */
	Map<Long, Set<TopicRef>> topicsOfPoints(Collection<Long> versionIds) {
		Map<Long, Set<TopicRef>> topics = new LinkedHashMap<>();
		em.createQuery("""
				select pt.id, t.slug, t.name from Point pt join pt.topics t
				where pt.version.id in :versions order by t.name""", Tuple.class)
			.setParameter("versions", versionIds)
			.getResultStream()
			.forEach(t -> topics.computeIfAbsent(t.get(0, Long.class), k -> new LinkedHashSet<>())
				.add(new TopicRef(t.get(1, String.class), t.get(2, String.class))));
		return topics;
	}

	List<FigureRow> figures(Collection<Long> versionIds) {
		return em.createQuery("""
				select f.point.id, m.slug, m.name, m.unit, f.value, f.qualifier
				from KeyFigure f join f.measure m where f.point.version.id in :versions
				order by m.name""", Tuple.class)
			.setParameter("versions", versionIds)
			.getResultStream()
			.map(t -> new FigureRow(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class),
					t.get(3, String.class), t.get(4, BigDecimal.class), t.get(5, String.class)))
			.toList();
	}

	/** The base points each of these versions records as struck out, by version id. */
	Map<Long, Set<Long>> removals(Collection<Long> versionIds) {
		Map<Long, Set<Long>> removals = new HashMap<>();
		em.createQuery("select v.id, p.id from Version v join v.removedFromBase p where v.id in :versions", Tuple.class)
			.setParameter("versions", versionIds)
			.getResultStream()
			.forEach(t -> removals.computeIfAbsent(t.get(0, Long.class), k -> new HashSet<>()).add(t.get(1, Long.class)));
		return removals;
	}

	/**
	 * Every link of the chains that pass through the points of these versions, followed in
	 * both directions through published points only, in one recursive statement: the work
	 * grows with the chains concerned, not with the database. Each step looks neighbours up
	 * by index, one direction at a time, so the planner cannot choose to scan every point.
	 */
	List<LinkRow> chains(Collection<Long> versionIds) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("""
				with recursive reached(id) as (
				    select p.id from point p where p.version_id in (:versions)
				  union
				    select n.id
				    from reached r
				    cross join lateral (
				        select l.to_point_id as id from point_link l where l.from_point_id = r.id
				        union all
				        select l.from_point_id from point_link l where l.to_point_id = r.id
				    ) n
				    where %s
				)
				-- reached from the points found through the link index ("offset 0" keeps the lateral
				-- subquery from being flattened into a join over the whole table)
				select l.from_point_id, l.to_point_id, l.kind
				from reached r cross join lateral (select * from point_link x where x.from_point_id = r.id offset 0) l
				where l.to_point_id in (select id from reached)""".formatted(publishedPoint("n.id")))
			.setParameter("versions", versionIds)
			.getResultList();
		return rows.stream()
			.map(r -> new LinkRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
					LinkKind.valueOf((String) r[2])))
			.toList();
	}

	/**
	 * Native SQL: the point {@code id} belongs to a published version. A scalar subquery looked up
	 * by primary key for each point reached: written as {@code exists}, PostgreSQL may hash the
	 * whole point table instead (10 ms at 100 times the sample, for a few dozen points).
	 */
	static String publishedPoint(String id) {
		return "(select ov.status from point o join proposal_version ov on ov.id = o.version_id where o.id = " + id
				+ ") = 'PUBLISHED'";
	}

	private static VersionRow version(Tuple t) {
		String basedOnSlug = t.get(9, String.class);
		String basedOn = basedOnSlug == null ? null : new VersionKey(basedOnSlug, t.get(10, Integer.class)).toString();
		return new VersionRow(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class),
				t.get(3, Integer.class), t.get(4, String.class), t.get(5, LocalDate.class),
				t.get(6, Provenance.class), t.get(7, Completeness.class),
				t.get(8, VersionStatus.class) == VersionStatus.PUBLISHED, basedOn);
	}

}
