package org.parley.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.parley.party.PartyRef;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;
import org.parley.system.Paging;
import org.parley.topic.TopicRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of proposals for the reading pages. Only PUBLISHED versions exist here:
 * a draft's address answers 404 like any unknown one. Each page is assembled from a
 * fixed set of statements (one per kind of thing shown), never one per row.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

	private static final String VERSION_SELECT = """
			select v.id as id, p.slug as slug, p.name as name, v.number as number, v.title as title,
			    v.issuedOn as issuedOn, v.datePrecision as datePrecision, v.provenance as provenance,
			    v.completeness as completeness, v.note as note,
			    bp.slug as basedOnSlug, bp.name as basedOnName, b.number as basedOnNumber, b.title as basedOnTitle,
			    (select count(x) from Point x where x.version = v) as pointCount
			from Version v join v.proposal p left join v.basedOn b on b.status = :published left join b.proposal bp
			where v.status = :published
			""";

	private static final String POINT_SELECT = """
			select pt.id as id, pr.slug as slug, pr.name as name, v.number as number, pt.label as label,
			    pt.ordinal as ordinal, pt.title as title, pt.text as text, pt.textBasis as textBasis, pt.lowConfidence as lowConfidence, pt.note as note
			from Point pt join pt.version v join v.proposal pr
			where v.status = :published
			""";

	/**
	 * A proposal that so far exists only as drafts (just created by an editor) is not shown; one
	 * announced without any text yet is.
	 */
	private static final String SHOWN = """
			(exists (select 1 from Version x where x.proposal = p and x.status = :published)
			    or not exists (select 1 from Version x where x.proposal = p))""";

	private final EntityManager em;

	private final PointLineage lineage;

	ProposalQueries(EntityManager em, PointLineage lineage) {
		this.em = em;
		this.lineage = lineage;
	}

	/** Every proposal with its published versions (without their sources), oldest first. */
	public List<ProposalView> proposals() {
		List<Tuple> rows = em
			.createQuery("select p.id as id, p.slug as slug, p.name as name, p.summary as summary from Proposal p"
					+ " where " + SHOWN + " order by p.name, p.id", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList();
		Map<Long, List<PartyRef>> proposers = proposers((Collection<Long>) null);
		Map<String, List<VersionView>> versions = versions("order by v.number", Map.of()).stream()
			.collect(Collectors.groupingBy(v -> v.ref().proposalSlug()));
		// in the order they were first put on the table; those without a published text last
		return rows.stream()
			.map(t -> proposal(t, proposers.getOrDefault(t.get("id", Long.class), List.of()),
					versions.getOrDefault(t.get("slug", String.class), List.of())))
			.sorted(Comparator.comparing((ProposalView p) -> p.versions().isEmpty() ? LocalDate.MAX
					: p.versions().get(0).issuedOn()))
			.toList();
	}

	/**
	 * One page of {@link #proposals()}, in the same order: a count, the page's proposals, their
	 * proposers and their versions, so a page costs four statements however many proposals there
	 * are. A page past the end is empty (only the count is read); the HTML list refuses it.
	 */
	public Page<ProposalView> proposals(Pageable page) {
		long total = em.createQuery("select count(p) from Proposal p where " + SHOWN, Long.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getSingleResult();
		return Paging.of(page, total, () -> {
			List<Tuple> rows = em.createQuery("""
					select p.id as id, p.slug as slug, p.name as name, p.summary as summary,
					    (select min(x.issuedOn) from Version x where x.proposal = p and x.status = :published) as firstIssued
					from Proposal p where """ + SHOWN + " order by firstIssued nulls last, p.name, p.id", Tuple.class)
				.setParameter("published", VersionStatus.PUBLISHED)
				.setFirstResult((int) page.getOffset())
				.setMaxResults(page.getPageSize())
				.getResultList();
			if (rows.isEmpty()) {
				return List.of();
			}
			List<Long> ids = rows.stream().map(t -> t.get("id", Long.class)).toList();
			Map<Long, List<PartyRef>> proposers = proposers(ids);
			Map<String, List<VersionView>> versions = versions("and p.id in :ids order by v.number", Map.of("ids", ids))
				.stream()
				.collect(Collectors.groupingBy(v -> v.ref().proposalSlug()));
			return rows.stream()
				.map(t -> proposal(t, proposers.getOrDefault(t.get("id", Long.class), List.of()),
						versions.getOrDefault(t.get("slug", String.class), List.of())))
				.toList();
		});
	}

	/**
	 * The {@code limit} proposals whose latest published version is the most recent, newest
	 * first, with their published versions: four statements, each reading only those
	 * proposals, so the front page costs the same however many proposals there are.
	 */
	public List<ProposalView> latest(int limit) {
		// aggregates the versions (a small table) first, then reads only the chosen proposals by key;
		// the limit is written into the statement so that even a generic plan knows it is small
		@SuppressWarnings("unchecked")
		List<Object[]> chosen = em.createNativeQuery("""
				select p.id, p.slug, p.name, p.summary
				from (select v.proposal_id, max(v.issued_on) as latest from proposal_version v
				      where v.status = 'PUBLISHED' group by v.proposal_id
				      order by latest desc, v.proposal_id desc limit %d) l
				    join proposal p on p.id = l.proposal_id
				order by l.latest desc, p.name""".formatted(limit))
			.getResultList();
		if (chosen.isEmpty()) {
			return List.of();
		}
		List<Long> ids = chosen.stream().map(r -> ((Number) r[0]).longValue()).toList();
		Map<Long, List<PartyRef>> proposers = proposers(ids);
		Map<String, List<VersionView>> versions = versions("and p.id in :ids order by v.number", Map.of("ids", ids))
			.stream()
			.collect(Collectors.groupingBy(v -> v.ref().proposalSlug()));
		return chosen.stream()
			.map(r -> new ProposalView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
					proposers.getOrDefault(((Number) r[0]).longValue(), List.of()),
					versions.getOrDefault((String) r[1], List.of())))
			.toList();
	}

	/** A proposal with its published versions and their sources. */
	public ProposalView proposal(String slug) {
		Tuple row = em
			.createQuery("select p.id as id, p.slug as slug, p.name as name, p.summary as summary from Proposal p"
					+ " where p.slug = :slug and " + SHOWN, Tuple.class)
			.setParameter("slug", slug)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound("error.proposal.notFound", slug));
		long id = row.get("id", Long.class);
		List<VersionView> versions = withSources(versions("and p.id = :proposal order by v.number", Map.of("proposal", id)));
		return proposal(row, proposers(id).getOrDefault(id, List.of()), versions);
	}

	/**
	 * The key of the published version of the proposal issued last on or before
	 * {@code asOf} (any date when null); the higher number wins a tie. Empty when none was.
	 */
	public java.util.Optional<VersionKey> latest(String slug, LocalDate asOf) {
		proposal(slug); // an unknown proposal is a 404 of its own
		return em.createQuery("""
				select v.number from Version v join v.proposal p
				where p.slug = :proposal and v.status = :published
				  and (cast(:asOf as LocalDate) is null or v.issuedOn <= :asOf)
				order by v.issuedOn desc, v.number desc""", Integer.class)
			.setParameter("proposal", slug)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("asOf", asOf)
			.setMaxResults(1)
			.getResultStream()
			.findFirst()
			.map(number -> new VersionKey(slug, number));
	}

	/**
	 * The one reading of {@code proposal@latest} wherever a version key binds: the version in
	 * force on {@code asOf} (the latest published one when null); any other key as it is.
	 * A proposal with no such version is a 404 that says so.
	 */
	public VersionKey resolve(VersionKey key, LocalDate asOf) {
		if (key == null || !key.latest()) {
			return key;
		}
		return latest(key.proposal(), asOf)
			.orElseThrow(() -> asOf == null ? new VersionNotFound("error.version.noneLatest", key.proposal())
					: new VersionNotFound("error.version.noneIssuedBy", key.proposal(), asOf.toString()));
	}

	public VersionPage versionPage(String proposalSlug, int number) {
		VersionView version = withSources(List.of(version(proposalSlug, number))).get(0);
		return new VersionPage(version, publishedVersions(proposalSlug),
				points("and v.id = :version order by pt.ordinal", Map.of("version", version.id())));
	}

	/**
	 * The given points' wording in each language asked, in that order, by point id: the primary
	 * text for English, the recorded text or {@link LanguageText#missing} for the others. One
	 * statement for any number of points, none when only English is asked.
	 */
	public Map<Long, List<LanguageText>> inLanguages(List<PointView> points, ReadingLanguages languages) {
		Map<Long, Map<Language, LanguageText>> recorded = translations(
				points.stream().map(PointView::id).toList(), languages.translations());
		Map<Long, List<LanguageText>> shown = new LinkedHashMap<>();
		for (PointView point : points) {
			shown.put(point.id(), languages.languages()
				.stream()
				.map(l -> l.primary() ? LanguageText.primary(point)
						: recorded.getOrDefault(point.id(), Map.of()).getOrDefault(l, LanguageText.missing(l)))
				.toList());
		}
		return shown;
	}

	/** The texts recorded for the points in the languages (none of them English): one statement. */
	public Map<Long, Map<Language, LanguageText>> translations(Collection<Long> pointIds, List<Language> languages) {
		if (pointIds.isEmpty() || languages.isEmpty()) {
			return Map.of();
		}
		return em.createQuery("""
				select t.point.id as owner, t.language as language, t.title as title, t.text as text, t.basis as basis,
				    s.key as key, s.publisher as publisher, s.title as sourceTitle, s.reliability as reliability,
				    s.note as note
				from PointText t join t.source s where t.point.id in :ids and t.language in :languages""", Tuple.class)
			.setParameter("ids", pointIds)
			.setParameter("languages", languages)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("owner", Long.class), Collectors.toMap(
					t -> t.get("language", Language.class),
					t -> new LanguageText(t.get("language", Language.class), t.get("title", String.class),
							t.get("text", String.class), "WordingBasis." + t.get("basis", WordingBasis.class), false,
							List.of(new SourceRef(t.get("key", String.class), t.get("publisher", String.class),
									t.get("sourceTitle", String.class), t.get("reliability", Reliability.class),
									t.get("note", String.class)))))));
	}

	/** The proposal's published versions, in order: one statement. */
	public List<VersionRef> publishedVersions(String proposalSlug) {
		return em.createQuery("""
				select p.slug as slug, p.name as name, v.number as number, v.title as title
				from Version v join v.proposal p
				where p.slug = :proposal and v.status = :published order by v.number""", Tuple.class)
			.setParameter("proposal", proposalSlug)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList()
			.stream()
			.map(ProposalQueries::versionRef)
			.toList();
	}

	public PointPage pointPage(String proposalSlug, int number, String label) {
		VersionView version = version(proposalSlug, number);
		List<PointView> found = points("and v.id = :version and pt.label = :label",
				Map.of("version", version.id(), "label", label));
		if (found.isEmpty()) {
			throw new PointNotFound("error.point.notFound", label, number, proposalSlug);
		}
		PointView point = found.get(0);
		// the points just before and after it, for reading on without going back to the version
		Map<Boolean, PointRef> neighbours = em.createQuery(POINT_SELECT + """
				and v.id = :version and (pt.ordinal = (select max(x.ordinal) from Point x where x.version = v and x.ordinal < :ordinal)
				    or pt.ordinal = (select min(x.ordinal) from Point x where x.version = v and x.ordinal > :ordinal))""",
				Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("version", version.id())
			.setParameter("ordinal", point.ordinal())
			.getResultList()
			.stream()
			.collect(Collectors.toMap(t -> t.get("ordinal", Integer.class) > point.ordinal(), ProposalQueries::pointRef));
		Map<Boolean, List<LinkView>> lineage = this.lineage.of(point.id());
		return new PointPage(version, point, neighbours.get(false), neighbours.get(true), lineage.get(false),
				lineage.get(true));
	}

	/** The published points that carry a topic, across proposals, for the topic page. */
	public List<PointView> pointsOnTopic(long topicId) {
		return points("and exists (select 1 from Point t join t.topics tt where t = pt and tt.id = :topic)"
				+ " order by pr.name, v.number, pt.ordinal", Map.of("topic", topicId));
	}

	/** A page of {@link #pointsOnTopic(long)}: a count, then the page's points. */
	public Page<PointView> pointsOnTopic(long topicId, Pageable page) {
		long total = em.createQuery("""
				select count(pt) from Point pt join pt.version v
				where v.status = :published and exists (select 1 from Point t join t.topics tt where t = pt and tt.id = :topic)""",
				Long.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("topic", topicId)
			.getSingleResult();
		return Paging.of(page, total, () -> points("and exists (select 1 from Point t join t.topics tt where t = pt and tt.id = :topic)"
				+ " order by pr.name, v.number, pt.ordinal, pt.id", Map.of("topic", topicId), page));
	}

	/** A page of {@link #versionsCiting(long)}. */
	public Page<VersionRef> versionsCiting(long sourceId, Pageable page) {
		long total = em.createQuery("""
				select count(v) from Version v join v.sources s where v.status = :published and s.id = :source""", Long.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.getSingleResult();
		return Paging.of(page, total, () -> em.createQuery("""
				select p.slug as slug, p.name as name, v.number as number, v.title as title
				from Version v join v.proposal p join v.sources s
				where v.status = :published and s.id = :source order by p.name, v.number, v.id""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(ProposalQueries::versionRef)
			.toList());
	}

	/** A page of {@link #pointsCiting(long)}. */
	public Page<PointRef> pointsCiting(long sourceId, Pageable page) {
		long total = em.createQuery("""
				select count(pt) from Point pt join pt.version v join pt.sources s
				where v.status = :published and s.id = :source""", Long.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.getSingleResult();
		return Paging.of(page, total, () -> em.createQuery("""
				select pr.slug as slug, pr.name as name, v.number as number, pt.label as label, pt.title as title
				from Point pt join pt.version v join v.proposal pr join pt.sources s
				where v.status = :published and s.id = :source order by pr.name, v.number, pt.ordinal, pt.id""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(ProposalQueries::pointRef)
			.toList());
	}

	/** A page of {@link #proposalsOf(long)}. */
	public Page<ProposalView> proposalsOf(long partyId, Pageable page) {
		long total = em.createQuery("select count(p) from Proposal p join p.proposers pa where pa.id = :party and " + SHOWN,
				Long.class)
			.setParameter("party", partyId)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getSingleResult();
		return Paging.of(page, total, () -> em.createQuery("""
				select p.id as id, p.slug as slug, p.name as name, p.summary as summary
				from Proposal p join p.proposers pa where pa.id = :party and """ + SHOWN + " order by p.name, p.id",
				Tuple.class)
			.setParameter("party", partyId)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(t -> proposal(t, List.of(), List.of()))
			.toList());
	}

	/** The versions and the points that cite a source, for the source page. */
	public List<VersionRef> versionsCiting(long sourceId) {
		return em.createQuery("""
				select p.slug as slug, p.name as name, v.number as number, v.title as title
				from Version v join v.proposal p join v.sources s
				where v.status = :published and s.id = :source order by p.name, v.number""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.getResultList()
			.stream()
			.map(ProposalQueries::versionRef)
			.toList();
	}

	public List<PointRef> pointsCiting(long sourceId) {
		return em.createQuery("""
				select pr.slug as slug, pr.name as name, v.number as number, pt.label as label, pt.title as title
				from Point pt join pt.version v join v.proposal pr join pt.sources s
				where v.status = :published and s.id = :source order by pr.name, v.number, pt.ordinal""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("source", sourceId)
			.getResultList()
			.stream()
			.map(ProposalQueries::pointRef)
			.toList();
	}

	/** Proposals put forward by a party, for the party page. */
	public List<ProposalView> proposalsOf(long partyId) {
		return em.createQuery("""
				select p.id as id, p.slug as slug, p.name as name, p.summary as summary
				from Proposal p join p.proposers pa where pa.id = :party and """ + SHOWN + " order by p.name", Tuple.class)
			.setParameter("party", partyId)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList()
			.stream()
			.map(t -> proposal(t, List.of(), List.of()))
			.toList();
	}

	private VersionView version(String proposalSlug, int number) {
		List<VersionView> found = versions("and p.slug = :proposal and v.number = :number",
				Map.of("proposal", proposalSlug, "number", number));
		if (found.isEmpty()) {
			throw new VersionNotFound("error.version.notPublished", number, proposalSlug);
		}
		return found.get(0);
	}

	private List<VersionView> versions(String rest, Map<String, Object> parameters) {
		var query = em.createQuery(VERSION_SELECT + rest, Tuple.class).setParameter("published", VersionStatus.PUBLISHED);
		parameters.forEach(query::setParameter);
		return query.getResultList().stream().map(ProposalQueries::versionView).toList();
	}

	private List<VersionView> withSources(List<VersionView> versions) {
		if (versions.isEmpty()) {
			return versions;
		}
		Map<Long, List<SourceRef>> sources = sources("""
				select v.id as owner, s.key as key, s.publisher as publisher, s.title as title, s.reliability as reliability,
				       s.note as note
				from Version v join v.sources s where v.id in :ids order by s.publishedOn, s.key""",
				versions.stream().map(VersionView::id).toList());
		return versions.stream().map(v -> v.withSources(sources.getOrDefault(v.id(), List.of()))).toList();
	}

	/**
	 * Points with their topics, figures, sources and links both ways: six statements for
	 * any number of points.
	 */
	private List<PointView> points(String rest, Map<String, Object> parameters) {
		return points(rest, parameters, Pageable.unpaged());
	}

	private List<PointView> points(String rest, Map<String, Object> parameters, Pageable page) {
		var query = em.createQuery(POINT_SELECT + rest, Tuple.class).setParameter("published", VersionStatus.PUBLISHED);
		parameters.forEach(query::setParameter);
		if (page.isPaged()) {
			query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
		}
		List<Tuple> rows = query.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(t -> t.get("id", Long.class)).toList();
		Map<Long, List<TopicRef>> topics = em.createQuery("""
				select pt.id as owner, t.slug as slug, t.name as name
				from Point pt join pt.topics t where pt.id in :ids order by t.name""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(groupByOwner(t -> new TopicRef(t.get("slug", String.class), t.get("name", String.class))));
		Map<Long, List<FigureView>> figures = em.createQuery("""
				select f.point.id as owner, m.slug as slug, m.name as name, m.unit as unit, f.value as value,
				    f.qualifier as qualifier
				from KeyFigure f join f.measure m where f.point.id in :ids order by m.name""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(groupByOwner(t -> new FigureView(t.get("slug", String.class), t.get("name", String.class),
					t.get("unit", String.class), t.get("value", BigDecimal.class), t.get("qualifier", String.class))));
		Map<Long, List<SourceRef>> sources = sources("""
				select pt.id as owner, s.key as key, s.publisher as publisher, s.title as title, s.reliability as reliability,
				       s.note as note
				from Point pt join pt.sources s where pt.id in :ids order by s.publishedOn, s.key""", ids);
		Map<Long, List<Tuple>> links = em.createQuery("""
				select l.from.id as owner, l.kind as kind, pr.slug as slug, pr.name as name, v.number as number,
				    pt.label as label, pt.title as title
				from PointLink l join l.to pt join pt.version v join v.proposal pr
				where l.from.id in :ids and v.status = :published order by pr.name, v.number, pt.ordinal""", Tuple.class)
			.setParameter("ids", ids)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList()
			.stream()
			.collect(groupByOwner(Function.identity()));
		Map<Long, List<Tuple>> linkedFrom = em.createQuery("""
				select l.to.id as owner, l.kind as kind, pr.slug as slug, pr.name as name, v.number as number,
				    pt.label as label, pt.title as title
				from PointLink l join l.from pt join pt.version v join v.proposal pr
				where l.to.id in :ids and v.status = :published order by v.issuedOn, pr.name, v.number, pt.ordinal""",
				Tuple.class)
			.setParameter("ids", ids)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultList()
			.stream()
			.collect(groupByOwner(Function.identity()));
		return rows.stream().map(t -> {
			long id = t.get("id", Long.class);
			PointRef ref = pointRef(t);
			return new PointView(id, ref, t.get("ordinal", Integer.class), t.get("text", String.class),
					t.get("textBasis", TextBasis.class),
					Boolean.TRUE.equals(t.get("lowConfidence", Boolean.class)), t.get("note", String.class),
					topics.getOrDefault(id, List.of()), figures.getOrDefault(id, List.of()),
					sources.getOrDefault(id, List.of()),
					links.getOrDefault(id, List.of())
						.stream()
						.map(l -> new LinkView(ref, l.get("kind", LinkKind.class), pointRef(l), 1))
						.toList(),
					linkedFrom.getOrDefault(id, List.of())
						.stream()
						.map(l -> new LinkView(pointRef(l), l.get("kind", LinkKind.class), ref, 1))
						.toList());
		}).toList();
	}

	private Map<Long, List<PartyRef>> proposers(Long proposalId) {
		return proposers(proposalId == null ? null : List.of(proposalId));
	}

	/** The proposers of the given proposals, of all when {@code proposalIds} is null. */
	private Map<Long, List<PartyRef>> proposers(Collection<Long> proposalIds) {
		var query = em.createQuery("select p.id as owner, pa.slug as slug, pa.name as name from Proposal p"
				+ " join p.proposers pa" + (proposalIds == null ? "" : " where p.id in :ids") + " order by pa.name",
				Tuple.class);
		if (proposalIds != null) {
			query.setParameter("ids", proposalIds);
		}
		return query.getResultList()
			.stream()
			.collect(groupByOwner(t -> new PartyRef(t.get("slug", String.class), t.get("name", String.class))));
	}

	private Map<Long, List<SourceRef>> sources(String jpql, Collection<Long> ids) {
		return em.createQuery(jpql, Tuple.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(groupByOwner(t -> new SourceRef(t.get("key", String.class), t.get("publisher", String.class),
					t.get("title", String.class), t.get("reliability", Reliability.class), t.get("note", String.class))));
	}

	private static ProposalView proposal(Tuple t, List<PartyRef> proposers, List<VersionView> versions) {
		return new ProposalView(t.get("id", Long.class), t.get("slug", String.class), t.get("name", String.class),
				t.get("summary", String.class), proposers, versions);
	}

	private static VersionRef versionRef(Tuple t) {
		return new VersionRef(t.get("slug", String.class), t.get("name", String.class), t.get("number", Integer.class),
				t.get("title", String.class));
	}

	private static VersionView versionView(Tuple t) {
		String basedOnSlug = t.get("basedOnSlug", String.class);
		return new VersionView(t.get("id", Long.class),
				new VersionRef(t.get("slug", String.class), t.get("name", String.class), t.get("number", Integer.class),
						t.get("title", String.class)),
				t.get("issuedOn", LocalDate.class), t.get("datePrecision", DatePrecision.class),
				t.get("provenance", Provenance.class), t.get("completeness", Completeness.class),
				basedOnSlug == null ? null
						: new VersionRef(basedOnSlug, t.get("basedOnName", String.class),
								t.get("basedOnNumber", Integer.class), t.get("basedOnTitle", String.class)),
				t.get("pointCount", Long.class), t.get("note", String.class), List.of());
	}

	static PointRef pointRef(Tuple t) {
		return new PointRef(t.get("slug", String.class), t.get("name", String.class), t.get("number", Integer.class),
				t.get("label", String.class), t.get("title", String.class));
	}

	private static <T> Collector<Tuple, ?, Map<Long, List<T>>> groupByOwner(Function<Tuple, T> mapper) {
		return Collectors.groupingBy(t -> t.get("owner", Long.class), LinkedHashMap::new,
				Collectors.mapping(mapper, Collectors.toList()));
	}

}
