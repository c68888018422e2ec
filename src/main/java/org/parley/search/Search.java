package org.parley.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import org.parley.proposal.VersionKey;
import org.parley.party.PartyQueries;
import org.parley.party.PartyRef;
import org.parley.position.Stance;
import org.parley.proposal.VersionStatus;
import org.parley.search.SearchResults.Choices;
import org.parley.search.SearchResults.ProposalChoice;
import org.parley.search.SearchResults.VersionChoice;
import org.parley.topic.TopicQueries;
import org.parley.topic.TopicRef;

/**
 * Full-text search over published points, positions, events and sources (V29's generated
 * tsvector columns and GIN indexes). {@code websearch_to_tsquery} reads the query as people
 * type into search boxes ("quoted phrase", or, -word) and never fails on syntax. Drafts never
 * match: a point counts only in a published version, a position only when what it is about is
 * published. A fixed number of statements whatever the data: the filter's choices (3; one more to check a typed proposal or version
 * when there are too many to list), and
 * for a query the counts by kind (1) and one page of hits with their snippets (1).
 */
@Service
@Transactional(readOnly = true)
public class Search {

	/**
	 * Every match, one row each: kind, id, rank, date, title, the text the snippet comes
	 * from, context, stance and what the permalink needs. Filters that do not apply to a kind
	 * (a proposal to a source, say) leave that kind out. Empty strings, 0 and the widest
	 * dates stand for "any", so no parameter is ever an untyped null.
	 */
	private static final String HITS = """
			select 'POINT' as kind, p.id as id, ts_rank(p.search, websearch_to_tsquery('parley_search', :q)) as rank,
			       v.issued_on as day, p.label || '. ' || p.title as title, p.text as body,
			       pr.name || ', ' || v.title as context, cast(null as text) as stance,
			       pr.slug as proposal, v.number as number, p.label as label, cast(null as text) as slug
			from point p
			join proposal_version v on v.id = p.version_id and v.status = 'PUBLISHED'
			join proposal pr on pr.id = v.proposal_id
			where :points and p.search @@ websearch_to_tsquery('parley_search', :q)
			  and (:proposal = '' or pr.slug = :proposal)
			  and (:vproposal = '' or (pr.slug = :vproposal and v.number = :vnumber))
			  and (:party = '' or exists (select 1 from proposal_party pp join party pa on pa.id = pp.party_id
			                              where pp.proposal_id = pr.id and pa.slug = :party))
			  and (:topic = '' or exists (select 1 from point_topic pt join topic t on t.id = pt.topic_id
			                              where pt.point_id = p.id and t.slug = :topic))
			  and v.issued_on between :from and :to
			  and (:reliability = ''
			       or exists (select 1 from point_source x join source s on s.id = x.source_id
			                  where x.point_id = p.id and s.reliability = :reliability)
			       or exists (select 1 from version_source x join source s on s.id = x.source_id
			                  where x.version_id = v.id and s.reliability = :reliability))
			union all
			select 'POSITION', ps.id, ts_rank(ps.search, websearch_to_tsquery('parley_search', :q)),
			       ps.stated_on, pa.name, ps.paraphrase || coalesce(' "' || ps.quote || '"', ''),
			       coalesce(pr.slug || '@' || pv.number || coalesce('#' || tp.label, ''), tt.name), ps.stance,
			       pr.slug, pv.number, tp.label, tt.slug
			from position ps
			join party pa on pa.id = ps.party_id
			join source s on s.id = ps.source_id
			left join point tp on tp.id = ps.target_point_id
			left join proposal_version pv on pv.id = coalesce(tp.version_id, ps.target_version_id)
			left join proposal pr on pr.id = pv.proposal_id
			left join topic tt on tt.id = ps.target_topic_id
			where :positions and ps.search @@ websearch_to_tsquery('parley_search', :q)
			  and (pv.id is null or pv.status = 'PUBLISHED')
			  and (:proposal = '' or pr.slug = :proposal)
			  and (:vproposal = '' or (pr.slug = :vproposal and pv.number = :vnumber))
			  and (:party = '' or pa.slug = :party)
			  and (:topic = '' or exists (select 1 from topic t where t.slug = :topic
			       and (t.id = ps.topic_id or t.id = ps.target_topic_id
			            or exists (select 1 from point_topic pt where pt.point_id = ps.target_point_id and pt.topic_id = t.id))))
			  and ps.stated_on between :from and :to
			  and (:reliability = '' or s.reliability = :reliability)
			union all
			select 'EVENT', e.id, ts_rank(e.search, websearch_to_tsquery('parley_search', :q)),
			       e.starts_on, e.title, coalesce(nullif(concat_ws('. ', e.place, e.outcome), ''), e.title),
			       e.place, null, null, null, null, e.slug
			from event e
			where :events and e.search @@ websearch_to_tsquery('parley_search', :q)
			  and :proposal = '' and :vproposal = ''
			  and (:party = '' or exists (select 1 from event_participant ep left join person pe on pe.id = ep.person_id
			                              join party pa on pa.id = coalesce(ep.party_id, pe.party_id)
			                              where ep.event_id = e.id and pa.slug = :party))
			  and (:topic = '' or exists (select 1 from position x join topic t on t.id = x.topic_id or t.id = x.target_topic_id
			                              where x.event_id = e.id and t.slug = :topic))
			  and e.starts_on <= :to and coalesce(e.ends_on, e.starts_on) >= :from
			  and (:reliability = '' or exists (select 1 from event_source x join source s on s.id = x.source_id
			                                    where x.event_id = e.id and s.reliability = :reliability))
			union all
			select 'SOURCE', s.id, ts_rank(s.search, websearch_to_tsquery('parley_search', :q)),
			       s.published_on, s.title, concat_ws('. ', s.title, s.note), s.publisher, null, null, null, null, s.key
			from source s
			where :sources and s.search @@ websearch_to_tsquery('parley_search', :q)
			  and :proposal = '' and :vproposal = '' and :party = '' and :topic = ''
			  and s.published_on between :from and :to
			  and (:reliability = '' or s.reliability = :reliability)
			""";

	private static final String COUNTS = "select h.kind, count(*) from (" + HITS + ") h group by h.kind";

	/** Snippets only for the page shown: ts_headline re-reads the text, the costly part. */
	private static final String PAGE = """
			select h.kind, h.day, h.title, h.context, h.stance, h.proposal, h.number, h.label, h.slug, h.id,
			       ts_headline('parley_search', h.body, websearch_to_tsquery('parley_search', :q), :options)
			from (%s order by rank desc, day desc, kind, id limit :limit offset :offset) h
			order by h.rank desc, h.day desc, h.kind, h.id
			""".formatted(HITS);

	private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
			+ ", MaxWords=35, MinWords=15";

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final EntityManager em;

	private final PartyQueries partyQueries;

	private final TopicQueries topicQueries;

	Search(EntityManager em, PartyQueries partyQueries, TopicQueries topicQueries) {
		this.em = em;
		this.partyQueries = partyQueries;
		this.topicQueries = topicQueries;
	}

	public SearchResults search(SearchFilter filter) {
		Choices choices = choices();
		check(filter, choices);
		if (!filter.hasQuery()) {
			return new SearchResults(filter, 0, Map.of(), List.of(), choices);
		}
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		for (Object row : bind(em.createNativeQuery(COUNTS), filter).getResultList()) {
			Object[] cells = (Object[]) row;
			counts.put(SearchKind.valueOf((String) cells[0]), ((Number) cells[1]).longValue());
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		List<SearchHit> hits = bind(em.createNativeQuery(PAGE), filter)
			.setParameter("options", HEADLINE_OPTIONS)
			.setParameter("limit", SearchResults.PAGE_SIZE)
			.setParameter("offset", (filter.page() - 1) * SearchResults.PAGE_SIZE)
			.getResultList()
			.stream()
			.map(row -> hit((Object[]) row))
			.toList();
		return new SearchResults(filter, total, counts, hits, choices);
	}

	/**
	 * How PostgreSQL runs the counting statement of this search (EXPLAIN ANALYZE), for
	 * benchmarks and checks that the GIN indexes are used.
	 */
	public String explain(SearchFilter filter) {
		List<?> lines = bind(em.createNativeQuery("explain (analyze, costs off) " + COUNTS), filter).getResultList();
		return String.join("\n", lines.stream().map(String::valueOf).toList());
	}

	private static Query bind(Query query, SearchFilter filter) {
		return query.setParameter("q", filter.query())
			.setParameter("points", filter.kinds().contains(SearchKind.POINT))
			.setParameter("positions", filter.kinds().contains(SearchKind.POSITION))
			.setParameter("events", filter.kinds().contains(SearchKind.EVENT))
			.setParameter("sources", filter.kinds().contains(SearchKind.SOURCE))
			.setParameter("proposal", orEmpty(filter.proposal()))
			.setParameter("vproposal", filter.version() == null ? "" : filter.version().proposal())
			.setParameter("vnumber", filter.version() == null ? 0 : filter.version().number())
			.setParameter("party", orEmpty(filter.party()))
			.setParameter("topic", orEmpty(filter.topic()))
			.setParameter("from", filter.from() == null ? EARLIEST : filter.from())
			.setParameter("to", filter.to() == null ? LATEST : filter.to())
			.setParameter("reliability", filter.reliability() == null ? "" : filter.reliability().name());
	}

	private static SearchHit hit(Object[] row) {
		SearchKind kind = SearchKind.valueOf((String) row[0]);
		String proposal = (String) row[5];
		Integer number = row[6] == null ? null : ((Number) row[6]).intValue();
		String label = (String) row[7];
		String slug = (String) row[8];
		long id = ((Number) row[9]).longValue();
		UriComponentsBuilder link = switch (kind) {
			case POINT -> UriComponentsBuilder.fromPath("/proposals/{p}/versions/{n}/points/{l}");
			case POSITION -> (label != null ? UriComponentsBuilder.fromPath("/proposals/{p}/versions/{n}/points/{l}")
					: number != null ? UriComponentsBuilder.fromPath("/proposals/{p}/versions/{n}")
							: UriComponentsBuilder.fromPath("/topics/{s}"))
				.fragment("position-" + id);
			case EVENT -> UriComponentsBuilder.fromPath("/events/{s}");
			case SOURCE -> UriComponentsBuilder.fromPath("/sources/{s}");
		};
		String permalink = link.buildAndExpand(Map.of("p", String.valueOf(proposal), "n", String.valueOf(number), "l",
				String.valueOf(label), "s", String.valueOf(slug))).encode().toUriString();
		return new SearchHit(kind, (String) row[2], (String) row[3], row[4] == null ? null : Stance.valueOf((String) row[4]),
				toDate(row[1]), Snippet.read((String) row[10]), permalink);
	}

	private static LocalDate toDate(Object value) {
		return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
	}

	/** Unknown filter values are refused rather than silently matching nothing. */
	private void check(SearchFilter filter, Choices choices) {
		// when the choices list only the latest versions, the database says whether the rest exist
		if (filter.proposal() != null && (choices.complete()
				? choices.proposals().stream().noneMatch(p -> p.slug().equals(filter.proposal()))
				: published("p.slug = :proposal", Map.of("proposal", filter.proposal())))) {
			throw new InvalidSearch("error.proposal.notFound", filter.proposal());
		}
		if (filter.version() != null && (choices.complete()
				? choices.versions().stream().noneMatch(v -> v.key().equals(filter.version().toString()))
				: published("p.slug = :proposal and v.number = :number",
						Map.of("proposal", filter.version().proposal(), "number", filter.version().number())))) {
			throw new InvalidSearch("error.version.notPublishedKey", filter.version().toString());
		}
		if (filter.party() != null && choices.parties().stream().noneMatch(p -> p.slug().equals(filter.party()))) {
			throw new InvalidSearch("error.party.notFound", filter.party());
		}
		if (filter.topic() != null && choices.topics().stream().noneMatch(t -> t.slug().equals(filter.topic()))) {
			throw new InvalidSearch("error.topic.notFound", filter.topic());
		}
	}

	private Choices choices() {
		// the latest versions first, one more than a list offers, to know whether they all fit
		List<Tuple> latest = em.createQuery("""
				select v.proposal.slug as proposal, v.proposal.name as name, v.number as number, v.title as title
				from Version v where v.status = :published order by v.issuedOn desc, v.id desc""", Tuple.class)
			.setParameter("published", VersionStatus.PUBLISHED)
			.setMaxResults(Choices.LISTED + 1)
			.getResultList();
		boolean complete = latest.size() <= Choices.LISTED;
		List<VersionChoice> versions = latest.stream()
			.limit(Choices.LISTED)
			.sorted(Comparator.comparing((Tuple t) -> t.get("name", String.class))
				.thenComparing(t -> t.get("proposal", String.class))
				.thenComparing(t -> t.get("number", Integer.class)))
			.map(t -> new VersionChoice(t.get("proposal", String.class), t.get("name", String.class),
					new VersionKey(t.get("proposal", String.class), t.get("number", Integer.class)).toString(),
					t.get("title", String.class)))
			.toList();
		List<ProposalChoice> proposals = versions.stream()
			.map(v -> new ProposalChoice(v.proposal(), v.proposalName()))
			.distinct()
			.toList();
		List<PartyRef> parties = partyQueries.refs();
		List<TopicRef> topics = topicQueries.refs();
		return new Choices(proposals, versions, parties, topics, complete);
	}

	/** Whether no published version matches the condition. */
	private boolean published(String condition, Map<String, Object> parameters) {
		var query = em.createQuery("select count(v) from Version v join v.proposal p where v.status = :published and "
				+ condition, Long.class)
			.setParameter("published", VersionStatus.PUBLISHED);
		parameters.forEach(query::setParameter);
		return query.getSingleResult() == 0;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
