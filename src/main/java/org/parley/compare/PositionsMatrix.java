package org.parley.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.VersionKey;
import org.parley.calendar.Today;
import org.parley.compare.PublishedTexts.PointRow;
import org.parley.compare.PublishedTexts.VersionRow;
import org.parley.party.PartyQueries;
import org.parley.party.PartyRef;
import org.parley.position.CurrentStance;
import org.parley.position.Stance;
import org.parley.source.Confidence;
import org.parley.system.NotFoundException;
import org.parley.topic.TopicRef;

/**
 * Who stands where: parties × topics, or parties × the points of one version, each cell the
 * party's current stance there and how many statements it has made. Computed by the
 * database in one grouped statement per page; nothing is cached, so a new statement shows
 * at once in every instance.
 */
@Service
@Transactional(readOnly = true)
public class PositionsMatrix {

	/** A statement is about a topic when it targets it, names it as its issue, or targets a point on it. */
	static final String STATEMENTS_BY_TOPIC = """
			select pos.id, pos.party_id, pos.stance, pos.stated_on, %s as low,
			       coalesce(pos.target_topic_id, pos.topic_id, ptp.topic_id) as topic_id
			from position pos
			left join point tp on tp.id = pos.target_point_id
			left join proposal_version tpv on tpv.id = tp.version_id
			left join proposal_version tv on tv.id = pos.target_version_id
			left join point_topic ptp on pos.target_topic_id is null and pos.topic_id is null
			     and ptp.point_id = pos.target_point_id
			where %s
			  and (tp.id is null or tpv.status = 'PUBLISHED')
			  and (tv.id is null or tv.status = 'PUBLISHED')
			""".formatted(Confidence.lowSql("pos"), CurrentStance.saidBy("pos"));

	public record Request(VersionKey version, List<String> parties, List<String> topics, LocalDate asOf) {

		public Request {
			parties = List.copyOf(parties);
			topics = List.copyOf(topics);
		}

	}

	/** A column: a topic, a point of the version, or the version as a whole. */
	public record Column(String topic, String point, boolean wholeVersion, String label, String title) {
	}

	/** {@code lowConfidence}: the current statement is low confidence by {@link Confidence}'s rule. */
	public record Cell(Stance current, LocalDate statedOn, int statements, boolean lowConfidence) {

		static final Cell EMPTY = new Cell(null, null, 0, false);

	}

	public record Row(String partySlug, String partyName, List<Cell> cells) {
	}

	public record View(Request request, VersionRow version, boolean versionIssuedLater, List<Column> columns,
			List<Row> rows, List<PartyRef> parties, List<TopicRef> topics, List<Comparison.Option> versions) {
	}

	private final EntityManager em;

	private final PartyQueries partyQueries;

	private final PublishedTexts texts;

	private final Today today;

	PositionsMatrix(EntityManager em, PublishedTexts texts, Today today, PartyQueries partyQueries) {
		this.em = em;
		this.partyQueries = partyQueries;
		this.texts = texts;
		this.today = today;
	}

	public View matrix(Request request) {
		List<PartyRef> parties = partyQueries.refs();
		for (String slug : request.parties()) {
			if (parties.stream().noneMatch(p -> p.slug().equals(slug))) {
				throw new NotFoundException("error.party.notFound", slug);
			}
		}
		List<TopicRef> topics = texts.topics();
		for (String slug : request.topics()) {
			if (topics.stream().noneMatch(t -> t.slug().equals(slug))) {
				throw new NotFoundException("error.topic.notFound", slug);
			}
		}
		LocalDate asOf = CurrentStance.cutOff(today, request.asOf());
		List<Comparison.Option> versionChoices = texts.versionChoices();

		VersionRow version = null;
		List<Column> columns = new ArrayList<>();
		// per party slug, per column: the grouped cell
		Map<String, Map<Integer, Cell>> cells = new HashMap<>();
		if (request.version() == null) {
			Map<Object, Integer> columnOfTopic = new HashMap<>();
			for (TopicRef topic : topics) {
				if (request.topics().isEmpty() || request.topics().contains(topic.slug())) {
					columnOfTopic.put(topic.slug(), columns.size());
					columns.add(new Column(topic.slug(), null, false, topic.name(), topic.name()));
				}
			}
			grouped("""
					select pa.slug, t.slug, %s
					from (%s) s join party pa on pa.id = s.party_id join topic t on t.id = s.topic_id
					group by pa.slug, t.slug""".formatted(AGGREGATES, STATEMENTS_BY_TOPIC), asOf)
				.forEach(r -> place(cells, r, r[1], columnOfTopic));
		}
		else {
			version = texts.versions(List.of(request.version())).get(0);
			Map<Long, Set<TopicRef>> pointTopics = request.topics().isEmpty() ? Map.of()
					: texts.topicsOfPoints(List.of(version.id()));
			Map<Object, Integer> columnOfPoint = new HashMap<>();
			for (PointRow p : texts.points(List.of(version.id()))) {
				if (request.topics().isEmpty() || pointTopics.getOrDefault(p.id(), Set.of())
					.stream()
					.anyMatch(t -> request.topics().contains(t.slug()))) {
					columnOfPoint.put(p.id(), columns.size());
					columns.add(new Column(null, version.key() + "#" + p.label(), false, p.label(), p.title()));
				}
			}
			// statements on the whole text: target id -1
			columnOfPoint.put(-1L, columns.size());
			columns.add(new Column(null, null, true, null, null));
			grouped("""
					select pa.slug, s.target, %s
					from (select pos.id, pos.party_id, pos.stance, pos.stated_on, %s as low,
					             coalesce(pos.target_point_id, -1) as target
					      from position pos left join point pt on pt.id = pos.target_point_id
					      where (pt.version_id = :version or pos.target_version_id = :version)
					        and %s) s
					join party pa on pa.id = s.party_id
					group by pa.slug, s.target""".formatted(AGGREGATES, Confidence.lowSql("pos"), CurrentStance.saidBy("pos")),
					asOf, version.id())
				.forEach(r -> place(cells, r, ((Number) r[1]).longValue(), columnOfPoint));
		}

		List<Row> rows = new ArrayList<>();
		for (PartyRef party : parties) {
			Map<Integer, Cell> partyCells = cells.getOrDefault(party.slug(), Map.of());
			boolean shown = request.parties().isEmpty() ? !partyCells.isEmpty()
					: request.parties().contains(party.slug());
			if (!shown) {
				continue;
			}
			List<Cell> row = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				row.add(partyCells.getOrDefault(c, Cell.EMPTY));
			}
			rows.add(new Row(party.slug(), party.name(), row));
		}
		boolean later = version != null && request.asOf() != null && version.issuedOn().isAfter(request.asOf());
		return new View(request, version, later, columns, rows, parties, topics, versionChoices);
	}

	/** Count, current stance ({@link CurrentStance}'s order) and its date, per group of statements {@code s}. */
	private static final String AGGREGATES = """
			count(*) as statements,
			(array_agg(s.stance order by %s))[1] as current_stance,
			max(s.stated_on) as latest,
			(array_agg(s.low order by %s))[1] as current_low""".formatted(CurrentStance.latestFirst("s"),
			CurrentStance.latestFirst("s"));

	@SuppressWarnings("unchecked")
	private List<Object[]> grouped(String sql, LocalDate asOf, Object... version) {
		var query = em.createNativeQuery(sql).setParameter("asOf", asOf);
		if (version.length > 0) {
			query.setParameter("version", version[0]);
		}
		return query.getResultList();
	}

	private static void place(Map<String, Map<Integer, Cell>> cells, Object[] r, Object column,
			Map<Object, Integer> columnOf) {
		Integer index = columnOf.get(column);
		if (index == null) {
			return; // a topic or point filtered out
		}
		cells.computeIfAbsent((String) r[0], k -> new HashMap<>())
			.put(index, new Cell(Stance.valueOf((String) r[3]), CurrentStances.date(r[4]),
					((Number) r[2]).intValue(), Boolean.TRUE.equals(r[5])));
	}

}
