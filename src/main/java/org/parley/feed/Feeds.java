package org.parley.feed;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import org.parley.proposal.VersionKey;
import org.parley.party.PartyNotFound;
import org.parley.proposal.PointNotFound;
import org.parley.proposal.ProposalNotFound;
import org.parley.topic.TopicNotFound;

/**
 * What is new in Parley, for the Atom feeds: versions published, positions recorded or
 * corrected (their Envers revisions: added = recorded, changed = corrected) and events
 * added. Drafts never appear, nor positions on them. Three statements per feed, each
 * bounded to the {@link #SIZE} latest rows.
 */
@Service
@Transactional(readOnly = true)
public class Feeds {

	/** How many entries a feed carries: the latest ones. */
	public static final int SIZE = 50;

	private static final String TAG = "tag:parley,2025:";

	private final EntityManager em;

	public Feeds(EntityManager em) {
		this.em = em;
	}

	/** What a feed follows: everything, or one proposal, party, topic or point (by id). */
	private enum Scope {

		ALL("true", "true", "true"),

		PROPOSAL("p.id = :subject", "tvp.id = :subject", null),

		PARTY("exists (select 1 from proposal_party pp where pp.proposal_id = p.id and pp.party_id = :subject)",
				"pos.party_id = :subject",
				"exists (select 1 from event_participant ep left join person pe on pe.id = ep.person_id"
						+ " where ep.event_id = e.id and coalesce(ep.party_id, pe.party_id) = :subject)"),

		TOPIC("exists (select 1 from point pt join point_topic x on x.point_id = pt.id"
				+ " where pt.version_id = v.id and x.topic_id = :subject)",
				"(pos.topic_id = :subject or pos.target_topic_id = :subject or exists (select 1 from point_topic x"
						+ " where x.point_id = pos.target_point_id and x.topic_id = :subject))",
				null),

		POINT("exists (select 1 from point pt where pt.id = :subject and pt.version_id = v.id)",
				"pos.target_point_id = :subject", null);

		final String versions;

		final String positions;

		/** null: events belong to no proposal, topic or point */
		final String events;

		Scope(String versions, String positions, String events) {
			this.versions = versions;
			this.positions = positions;
			this.events = events;
		}

	}

	public Feed everything() {
		return new Feed("feed.title.all", "", "/", entries(Scope.ALL, null));
	}

	public Feed proposal(String slug) {
		Object[] row = single("select id, name from proposal where slug = :key", slug);
		if (row == null) {
			throw new ProposalNotFound("error.proposal.notFound", slug);
		}
		return new Feed("feed.title.proposal", (String) row[1], "/proposals/" + slug,
				entries(Scope.PROPOSAL, id(row[0])));
	}

	public Feed party(String slug) {
		Object[] row = single("select id, name from party where slug = :key", slug);
		if (row == null) {
			throw new PartyNotFound("error.party.notFound", slug);
		}
		return new Feed("feed.title.party", (String) row[1], "/parties/" + slug, entries(Scope.PARTY, id(row[0])));
	}

	public Feed topic(String slug) {
		Object[] row = single("select id, name from topic where slug = :key", slug);
		if (row == null) {
			throw new TopicNotFound("error.topic.notFound", slug);
		}
		return new Feed("feed.title.topic", (String) row[1], "/topics/" + slug, entries(Scope.TOPIC, id(row[0])));
	}

	/** A point of a published version: a draft's points have no feed. */
	public Feed point(String proposal, int version, String label) {
		@SuppressWarnings("unchecked")
		List<Object> ids = em.createNativeQuery("""
				select pt.id from point pt join proposal_version v on v.id = pt.version_id
				join proposal p on p.id = v.proposal_id
				where p.slug = :proposal and v.number = :number and pt.label = :label and v.status = 'PUBLISHED'
				""").setParameter("proposal", proposal).setParameter("number", version).setParameter("label", label)
			.getResultList();
		if (ids.isEmpty()) {
			throw new PointNotFound("error.point.notFound", label, version, proposal);
		}
		String path = "/proposals/" + proposal + "/versions/" + version + "/points/" + label;
		return new Feed("feed.title.point", new VersionKey(proposal, version).point(label).toString(), path,
				entries(Scope.POINT, id(ids.get(0))));
	}

	private List<FeedEntry> entries(Scope scope, Long subject) {
		List<FeedEntry> entries = new ArrayList<>();
		entries.addAll(versions(scope, subject));
		entries.addAll(positions(scope, subject));
		if (scope.events != null) {
			entries.addAll(events(scope, subject));
		}
		return entries.stream()
			.sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id))
			.limit(SIZE)
			.toList();
	}

	private List<FeedEntry> versions(Scope scope, Long subject) {
		List<Object[]> rows = rows(scope, subject, """
				select p.slug, v.number, p.name, v.title, v.issued_on, v.published_at
				from proposal_version v join proposal p on p.id = v.proposal_id
				where v.status = 'PUBLISHED' and (%s)
				order by v.published_at desc, v.id desc
				""".formatted(scope.versions));
		return rows.stream().map(r -> {
			String key = new VersionKey((String) r[0], ((Number) r[1]).intValue()).toString();
			return new FeedEntry(FeedEntry.Kind.VERSION_PUBLISHED, TAG + "version:" + key,
					List.of(r[2], r[1], r[3], String.valueOf(date(r[4]))),
					"/proposals/" + r[0] + "/versions/" + r[1], instant(r[5]));
		}).toList();
	}

	private List<FeedEntry> positions(Scope scope, Long subject) {
		List<Object[]> rows = rows(scope, subject, """
				select pos.id, a.rev, a.revtype, r.made_at, pa.slug, pa.name, pos.stance,
				       coalesce(tvp.slug || '@' || tv.number || coalesce('#' || tp.label, ''), tt.name),
				       case when tp.id is not null then 'point' when tv.id is not null then 'version' else 'topic' end,
				       coalesce(tvp.slug || '@' || tv.number || coalesce('#' || tp.label, ''), tt.slug)
				from position_aud a join revision r on r.id = a.rev
				join position pos on pos.id = a.id join party pa on pa.id = pos.party_id
				left join point tp on tp.id = pos.target_point_id
				left join proposal_version tv on tv.id = coalesce(tp.version_id, pos.target_version_id)
				left join proposal tvp on tvp.id = tv.proposal_id
				left join topic tt on tt.id = pos.target_topic_id
				where a.revtype in (0, 1) and (tv.id is null or tv.status = 'PUBLISHED') and (%s)
				order by r.made_at desc, a.rev desc
				""".formatted(scope.positions));
		return rows.stream().map(r -> {
			boolean recorded = ((Number) r[2]).intValue() == 0;
			return new FeedEntry(recorded ? FeedEntry.Kind.POSITION_RECORDED : FeedEntry.Kind.POSITION_CORRECTED,
					TAG + "position:" + r[0] + ":revision:" + r[1],
					List.of(r[5], new DefaultMessageSourceResolvable("Stance." + r[6]), r[7]),
					// the statements page the position belongs to, as the comparison links it
					"/positions/statements?party=" + r[4] + "&" + r[8] + "="
							+ UriUtils.encodeQueryParam((String) r[9], StandardCharsets.UTF_8) + "#position-" + r[0],
					instant(r[3]));
		}).toList();
	}

	private List<FeedEntry> events(Scope scope, Long subject) {
		List<Object[]> rows = rows(scope, subject, """
				select e.slug, e.title, e.starts_on, r.made_at
				from event_aud a join revision r on r.id = a.rev join event e on e.id = a.id
				where a.revtype = 0 and (%s)
				order by r.made_at desc, a.rev desc
				""".formatted(scope.events));
		return rows.stream()
			.map(r -> new FeedEntry(FeedEntry.Kind.EVENT_ADDED, TAG + "event:" + r[0],
					List.of(r[1], String.valueOf(date(r[2]))), "/events/" + r[0], instant(r[3])))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(Scope scope, Long subject, String sql) {
		Query query = em.createNativeQuery(sql + " limit " + SIZE);
		if (scope != Scope.ALL) {
			query.setParameter("subject", subject);
		}
		return query.getResultList();
	}

	private Object[] single(String sql, String key) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery(sql).setParameter("key", key).getResultList();
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static Long id(Object value) {
		return ((Number) value).longValue();
	}

	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant i) {
			return i;
		}
		if (value instanceof OffsetDateTime o) {
			return o.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

}
