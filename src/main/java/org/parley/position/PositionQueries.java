package org.parley.position;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.parley.calendar.Today;
import org.parley.event.EventRef;
import org.parley.party.PartyRef;
import org.parley.proposal.PointRef;
import org.parley.proposal.VersionKey;
import org.parley.proposal.VersionRef;
import org.parley.proposal.VersionStatus;
import org.parley.source.Reliability;
import org.parley.source.SourceRef;
import org.parley.system.Paging;
import org.parley.topic.TopicRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions as the reading pages show them. Each method issues two statements whatever
 * the number of positions: the positions with everything they name, then their further
 * sources. Statements about draft versions or their points are left out.
 */
@Service
@Transactional(readOnly = true)
public class PositionQueries {

	private static final String SELECT = """
			select p.id as id, pa.slug as partySlug, pa.name as partyName, pe.name as personName, pe.role as personRole,
			    p.stance as stance, p.statedOn as statedOn,
			    tpp.slug as tpProposalSlug, tpp.name as tpProposalName, tpv.number as tpVersion,
			    tp.label as tpLabel, tp.title as tpTitle,
			    tvp.slug as tvProposalSlug, tvp.name as tvProposalName, tv.number as tvNumber, tv.title as tvTitle,
			    tt.slug as ttSlug, tt.name as ttName, iss.slug as issueSlug, iss.name as issueName,
			    p.paraphrase as paraphrase, p.quote as quote,
			    s.key as sourceKey, s.publisher as sourcePublisher, s.title as sourceTitle, s.reliability as sourceReliability, s.note as sourceNote,
			    e.slug as eventSlug, e.title as eventTitle, e.startsOn as eventStartsOn,
			    p.lowConfidence as lowConfidence, p.note as note,
			    case when %s then true else false end as superseded
			from Position p join p.party pa left join p.person pe join p.source s left join p.event e
			    left join p.targetPoint tp left join tp.version tpv left join tpv.proposal tpp
			    left join p.targetVersion tv left join tv.proposal tvp
			    left join p.targetTopic tt left join p.topic iss
			where (tp is null or tpv.status = :published) and (tv is null or tv.status = :published)
			""".formatted(CurrentStance.SUPERSEDED);

	private final EntityManager em;

	private final Today today;

	PositionQueries(EntityManager em, Today today) {
		this.em = em;
		this.today = today;
	}

	/** Every statement on a point, grouped by party, latest first. */
	public List<PositionView> onPoint(long pointId) {
		return list("and tp.id = :id order by pa.name, " + CurrentStance.latestFirstJpql("p"), pointId, 0);
	}

	/**
	 * For a point's page, in the same two statements: those on the point itself, and apart from
	 * them those on its version as a whole, which are never a stance on the point.
	 */
	public PointAndPlan onPointAndItsVersion(long pointId) {
		List<PositionView> all = list("""
				and (tp.id = :id or tv.id = (select pt.version.id from Point pt where pt.id = :id))
				order by pa.name, """ + CurrentStance.latestFirstJpql("p"), pointId, 0);
		return new PointAndPlan(all.stream().filter(p -> p.targetPoint() != null).toList(),
				all.stream().filter(p -> p.targetVersion() != null).toList());
	}

	/** Statements on a point, and those on the whole version it belongs to. */
	public record PointAndPlan(List<PositionView> onPoint, List<PositionView> onPlan) {
	}

	/** Every statement on a version as a whole, grouped by party, latest first. */
	public List<PositionView> onVersion(long versionId) {
		return list("and tv.id = :id order by pa.name, " + CurrentStance.latestFirstJpql("p"), versionId, 0);
	}

	/** Every statement of a party, latest first. */
	public List<PositionView> byParty(long partyId) {
		return list("and pa.id = :id order by p.statedOn desc, p.id desc", partyId, 0);
	}

	/** Statements on a topic, or on a point or version concerning that topic. */
	public List<PositionView> onTopic(long topicId) {
		return list("and (tt.id = :id or iss.id = :id) order by p.statedOn desc, p.id desc", topicId, 0);
	}

	/** A page of the statements made at an event, in the order they were made. */
	public Page<PositionView> atEvent(long eventId, Pageable page) {
		return page("and e.id = :id", "order by p.statedOn, pa.name, p.id", eventId, page);
	}

	/** Statements that cite a source, as their primary source or a further one. */
	public List<PositionView> citing(long sourceId) {
		return list("""
				and (s.id = :id or exists (select 1 from Position c join c.furtherSources f where c = p and f.id = :id))
				order by p.statedOn desc, p.id desc""", sourceId, 0);
	}

	/** A page of {@link #byParty(long)}: a count, the page's statements, their further sources. */
	public Page<PositionView> byParty(long partyId, Pageable page) {
		return page("and pa.id = :id", "order by p.statedOn desc, p.id desc", partyId, page);
	}

	/** A page of {@link #onTopic(long)}. */
	public Page<PositionView> onTopic(long topicId, Pageable page) {
		return page("and (tt.id = :id or iss.id = :id)", "order by p.statedOn desc, p.id desc", topicId, page);
	}

	/** A page of {@link #citing(long)}. */
	public Page<PositionView> citing(long sourceId, Pageable page) {
		return page("""
				and (s.id = :id or exists (select 1 from Position c join c.furtherSources f where c = p and f.id = :id))""",
				"order by p.statedOn desc, p.id desc", sourceId, page);
	}

	public List<PositionView> latest(int limit) {
		return list("order by p.statedOn desc, p.id desc", null, limit);
	}

	/** The current statement of each party on each point of a version, for the version page. */
	public List<PositionView> currentOnPointsOf(long versionId) {
		return list("and tpv.id = :id and not " + CurrentStance.SUPERSEDED + " order by tp.ordinal, pa.name", versionId, 0);
	}

	/**
	 * The statements matching every filter given (null: any), latest first, for the public
	 * API. With {@code asOf}, only statements made by then, and {@code superseded} as of then:
	 * the same cut-off and current-stance rule as /positions ({@link CurrentStance}).
	 * {@code topic} matches a statement on the topic or one whose point or version concerns it.
	 */
	public Page<PositionView> matching(String party, String topic, VersionKey.PointKey point, VersionKey version,
			LocalDate asOf, Pageable page) {
		StringBuilder rest = new StringBuilder();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (party != null) {
			rest.append(" and pa.slug = :party");
			parameters.put("party", party);
		}
		if (topic != null) {
			rest.append(" and (tt.slug = :topic or iss.slug = :topic)");
			parameters.put("topic", topic);
		}
		if (point != null) {
			rest.append(" and tpp.slug = :pointProposal and tpv.number = :pointVersion and tp.label = :pointLabel");
			parameters.put("pointProposal", point.version().proposal());
			parameters.put("pointVersion", point.version().number());
			parameters.put("pointLabel", point.label());
		}
		if (version != null) {
			rest.append(" and tvp.slug = :versionProposal and tv.number = :versionNumber");
			parameters.put("versionProposal", version.proposal());
			parameters.put("versionNumber", version.number());
		}
		if (asOf != null) {
			rest.append(" and ").append(CurrentStance.saidByJpql("p"));
		}
		if (asOf != null) {
			parameters.put("asOf", CurrentStance.cutOff(today, asOf));
		}
		// the same joins and conditions as the statements themselves, so the count agrees with them
		TypedQuery<Long> count = em.createQuery("select count(p) " + SELECT.substring(SELECT.indexOf("from Position p")) + rest,
				Long.class)
			.setParameter("published", VersionStatus.PUBLISHED);
		parameters.forEach(count::setParameter);
		return Paging.of(page, count.getSingleResult(), () -> {
			TypedQuery<Tuple> query = em
				.createQuery(SELECT + rest + " order by p.statedOn desc, p.id desc", Tuple.class)
				.setParameter("published", VersionStatus.PUBLISHED)
				.setParameter("asOf", CurrentStance.cutOff(today, asOf))
				.setFirstResult((int) page.getOffset())
				.setMaxResults(page.getPageSize());
			parameters.forEach(query::setParameter);
			return withFurtherSources(query.getResultList().stream().map(PositionQueries::toView).toList());
		});
	}

	private List<PositionView> list(String rest, Long id, int limit) {
		TypedQuery<Tuple> query = em.createQuery(SELECT + rest, Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("asOf", CurrentStance.cutOff(today, null));
		if (id != null) {
			query.setParameter("id", id);
		}
		if (limit > 0) {
			query.setMaxResults(limit);
		}
		return withFurtherSources(query.getResultList().stream().map(PositionQueries::toView).toList());
	}

	private Page<PositionView> page(String where, String order, long id, Pageable page) {
		// the same joins and conditions as the statements themselves, so the count agrees with them
		String from = SELECT.substring(SELECT.indexOf("from Position p"));
		long total = em.createQuery("select count(p) " + from + where, Long.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("id", id)
			.getSingleResult();
		return Paging.of(page, total, () -> withFurtherSources(em.createQuery(SELECT + where + " " + order, Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setParameter("asOf", CurrentStance.cutOff(today, null))
			.setParameter("id", id)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(PositionQueries::toView)
			.toList()));
	}

	private List<PositionView> withFurtherSources(List<PositionView> positions) {
		if (positions.isEmpty()) {
			return positions;
		}
		Map<Long, List<SourceRef>> further = furtherSources(positions.stream().map(PositionView::id).collect(Collectors.toSet()));
		return positions.stream().map(p -> p.withFurtherSources(further.getOrDefault(p.id(), List.of()))).toList();
	}

	private Map<Long, List<SourceRef>> furtherSources(Set<Long> positionIds) {
		return em.createQuery("""
				select p.id as id, f.key as key, f.publisher as publisher, f.title as title, f.reliability as reliability, f.note as note
				from Position p join p.furtherSources f where p.id in :ids order by f.publishedOn, f.key""", Tuple.class)
			.setParameter("ids", positionIds)
			.getResultList()
			.stream()
			.collect(Collectors.groupingBy(t -> t.get("id", Long.class), LinkedHashMap::new,
					Collectors.mapping(t -> new SourceRef(t.get("key", String.class), t.get("publisher", String.class),
							t.get("title", String.class), t.get("reliability", Reliability.class), t.get("note", String.class)),
							Collectors.toList())));
	}

	private static PositionView toView(Tuple t) {
		String tpLabel = t.get("tpLabel", String.class);
		PointRef point = tpLabel == null ? null
				: new PointRef(t.get("tpProposalSlug", String.class), t.get("tpProposalName", String.class),
						t.get("tpVersion", Integer.class), tpLabel, t.get("tpTitle", String.class));
		String tvSlug = t.get("tvProposalSlug", String.class);
		VersionRef version = tvSlug == null ? null
				: new VersionRef(tvSlug, t.get("tvProposalName", String.class), t.get("tvNumber", Integer.class),
						t.get("tvTitle", String.class));
		return new PositionView(t.get("id", Long.class),
				new PartyRef(t.get("partySlug", String.class), t.get("partyName", String.class)),
				t.get("personName", String.class), t.get("personRole", String.class), t.get("stance", Stance.class),
				t.get("statedOn", LocalDate.class), point, version,
				topic(t.get("ttSlug", String.class), t.get("ttName", String.class)),
				topic(t.get("issueSlug", String.class), t.get("issueName", String.class)),
				t.get("paraphrase", String.class), t.get("quote", String.class),
				new SourceRef(t.get("sourceKey", String.class), t.get("sourcePublisher", String.class),
						t.get("sourceTitle", String.class), t.get("sourceReliability", Reliability.class),
						t.get("sourceNote", String.class)),
				List.of(), event(t), Boolean.TRUE.equals(t.get("lowConfidence", Boolean.class)),
				t.get("note", String.class), Boolean.TRUE.equals(t.get("superseded", Boolean.class)));
	}

	private static TopicRef topic(String slug, String name) {
		return slug == null ? null : new TopicRef(slug, name);
	}

	private static EventRef event(Tuple t) {
		String slug = t.get("eventSlug", String.class);
		return slug == null ? null
				: new EventRef(slug, t.get("eventTitle", String.class), t.get("eventStartsOn", LocalDate.class));
	}

}
