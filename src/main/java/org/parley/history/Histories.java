package org.parley.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.ProposalLookup;
import org.parley.system.Entities;
import org.parley.source.SourceLookup;
import org.parley.event.Event;
import org.parley.party.Party;
import org.parley.party.PartyNotFound;
import org.parley.party.Person;
import org.parley.proposal.Measure;
import org.parley.proposal.MeasureNotFound;
import org.parley.topic.TopicNotFound;
import org.parley.position.Position;
import org.parley.proposal.KeyFigure;
import org.parley.proposal.Point;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.topic.Topic;
import org.parley.event.EventNotFound;
import org.parley.position.PositionNotFound;
import org.parley.source.SourceNotFound;

/**
 * The audit history of what editors change: every revision with who and when, and for each
 * field the state before and after. Read from the Envers tables.
 */
@Service
public class Histories {

	/** One field that changed in a revision. */
	public record Change(String field, String before, String after) {
	}

	/** One revision of one thing: ADD, MOD or DEL, who made it and when. */
	public record Entry(long revision, Instant at, String username, String kind, String subject,
			List<Change> changes) {

		/** When, in UTC, to the second. */
		public String when() {
			return WHEN.format(at);
		}

	}

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(java.time.ZoneOffset.UTC);

	public record History(String title, String back, List<Entry> entries) {
	}

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final SourceLookup sourceLookup;

	private final Entities entities;

	Histories(EntityManager em, ProposalLookup lookup, SourceLookup sourceLookup, Entities entities) {
		this.em = em;
		this.lookup = lookup;
		this.sourceLookup = sourceLookup;
		this.entities = entities;
	}

	@Transactional(readOnly = true)
	public History source(String key) {
		Source source = sourceLookup.findSource(key)
			.orElseThrow(() -> new SourceNotFound("error.source.notFound", key));
		return new History(key, "/sources/" + key, entries(Source.class, AuditEntity.id().eq(source.getId()),
				s -> s.getKey(), Histories::sourceState));
	}

	@Transactional(readOnly = true)
	public History event(String slug) {
		Event event = entities.find(Event.class, "slug", slug)
			.orElseThrow(() -> new EventNotFound("error.event.notFound", slug));
		return new History(slug, "/events/" + slug, entries(Event.class, AuditEntity.id().eq(event.getId()),
				Event::getSlug, Histories::eventState));
	}

	@Transactional(readOnly = true)
	public History position(long id) {
		if (em.find(Position.class, id) == null) {
			throw new PositionNotFound("error.position.notFound", id);
		}
		return new History("#" + id, "/positions/" + id + "/edit",
				entries(Position.class, AuditEntity.id().eq(id), p -> "#" + id, Histories::positionState));
	}

	/** A party's fields and its members. */
	@Transactional(readOnly = true)
	public History party(String slug) {
		Party party = entities.find(Party.class, "slug", slug)
			.orElseThrow(() -> new PartyNotFound("error.party.notFound", slug));
		return new History(slug, "/parties/" + slug, entries(Party.class, AuditEntity.id().eq(party.getId()),
				Party::getSlug, Histories::partyState));
	}

	@Transactional(readOnly = true)
	public History person(String slug) {
		Person person = entities.find(Person.class, "slug", slug)
			.orElseThrow(() -> new PartyNotFound("error.person.notFound", slug));
		return new History(slug, "/people/" + slug + "/edit", entries(Person.class,
				AuditEntity.id().eq(person.getId()), Person::getSlug, Histories::personState));
	}

	@Transactional(readOnly = true)
	public History topic(String slug) {
		Topic topic = entities.find(Topic.class, "slug", slug)
			.orElseThrow(() -> new TopicNotFound("error.topic.notFound", slug));
		return new History(slug, "/topics/" + slug, entries(Topic.class, AuditEntity.id().eq(topic.getId()),
				Topic::getSlug, Histories::topicState));
	}

	@Transactional(readOnly = true)
	public History measure(String slug) {
		Measure measure = entities.find(Measure.class, "slug", slug)
			.orElseThrow(() -> new MeasureNotFound("error.measure.notFound", slug));
		return new History(slug, "/measures#" + slug, entries(Measure.class, AuditEntity.id().eq(measure.getId()),
				Measure::getSlug, Histories::measureState));
	}

	/** A version's own fields and every change to its points, in one timeline. */
	@Transactional(readOnly = true)
	public History version(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		List<Entry> entries = new ArrayList<>(entries(Version.class, AuditEntity.id().eq(version.getId()),
				Version::key, Histories::versionState));
		entries.addAll(entries(Point.class, AuditEntity.relatedId("version").eq(version.getId()),
				p -> "#" + p.getLabel(), Histories::pointState));
		entries.sort(Comparator.comparing(Entry::revision).reversed());
		String back = "/proposals/" + proposal + "/versions/" + number + (version.isPublished() ? "" : "/edit");
		return new History(version.key(), back, entries);
	}

	private <T> List<Entry> entries(Class<T> type, AuditCriterion criterion, Function<T, String> subject,
			Function<T, Map<String, String>> state) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(em)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Map<Object, Map<String, String>> previous = new HashMap<>();
		List<Entry> entries = new ArrayList<>();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			T entity = (T) row[0];
			Revision revision = (Revision) row[1];
			RevisionType kind = (RevisionType) row[2];
			Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
			Map<String, String> before = previous.getOrDefault(id, Map.of());
			Map<String, String> after = kind == RevisionType.DEL ? Map.of() : state.apply(entity);
			List<Change> changes = new ArrayList<>();
			for (String field : union(before.keySet(), after.keySet())) {
				if (!Objects.equals(before.get(field), after.get(field))) {
					changes.add(new Change(field, before.getOrDefault(field, ""), after.getOrDefault(field, "")));
				}
			}
			previous.put(id, after);
			entries.add(new Entry(revision.getId(), revision.getMadeAt(), revision.getUsername(), kind.name(),
					kind == RevisionType.DEL ? subjectOf(before) : subject.apply(entity), changes));
		}
		entries.sort(Comparator.comparing(Entry::revision).reversed());
		return entries;
	}

	private static String subjectOf(Map<String, String> state) {
		return state.getOrDefault("label", state.getOrDefault("title", state.getOrDefault("name", "")));
	}

	private static List<String> union(Collection<String> a, Collection<String> b) {
		List<String> all = new ArrayList<>(a);
		b.stream().filter(k -> !a.contains(k)).forEach(all::add);
		return all;
	}

	private static Map<String, String> sourceState(Source s) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("publisher", s.getPublisher());
		state.put("title", s.getTitle());
		state.put("url", s.getUrl());
		state.put("publishedOn", str(s.getPublishedOn()));
		state.put("datePrecision", str(s.getDatePrecision()));
		state.put("reliability", str(s.getReliability()));
		state.put("note", s.getNote());
		return state;
	}

	private static Map<String, String> partyState(Party p) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", p.getName());
		state.put("kind", str(p.getKind()));
		state.put("members", p.getMembers().stream().map(Party::getSlug).sorted().collect(Collectors.joining(", ")));
		return state;
	}

	private static Map<String, String> personState(Person p) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", p.getName());
		state.put("role", p.getRole());
		state.put("party", p.getParty().getSlug());
		return state;
	}

	private static Map<String, String> topicState(Topic t) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", t.getName());
		state.put("description", t.getDescription());
		return state;
	}

	private static Map<String, String> measureState(Measure m) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", m.getName());
		state.put("unit", m.getUnit());
		return state;
	}

	private static Map<String, String> eventState(Event e) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("title", e.getTitle());
		state.put("startsOn", str(e.getStartsOn()));
		state.put("endsOn", str(e.getEndsOn()));
		state.put("place", e.getPlace());
		state.put("outcome", e.getOutcome());
		state.put("lowConfidence", str(e.isLowConfidence()));
		state.put("note", e.getNote());
		state.put("sources", e.getSources().stream().map(Source::getKey).sorted().collect(Collectors.joining(", ")));
		return state;
	}

	private static Map<String, String> positionState(Position p) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("party", p.getParty().getSlug());
		state.put("person", p.getPerson() == null ? null : p.getPerson().getSlug());
		state.put("stance", str(p.getStance()));
		state.put("statedOn", str(p.getStatedOn()));
		state.put("target", p.getTargetPoint() != null ? p.getTargetPoint().key()
				: p.getTargetVersion() != null ? p.getTargetVersion().key() : p.getTargetTopic().getSlug());
		state.put("topic", p.getTopic() == null ? null : p.getTopic().getSlug());
		state.put("paraphrase", p.getParaphrase());
		state.put("quote", p.getQuote());
		state.put("source", p.getSource().getKey());
		state.put("furtherSources",
				p.getFurtherSources().stream().map(Source::getKey).sorted().collect(Collectors.joining(", ")));
		state.put("event", p.getEvent() == null ? null : p.getEvent().getSlug());
		state.put("lowConfidence", str(p.isLowConfidence()));
		state.put("note", p.getNote());
		return state;
	}

	private static Map<String, String> versionState(Version v) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("title", v.getTitle());
		state.put("issuedOn", str(v.getIssuedOn()));
		state.put("datePrecision", str(v.getDatePrecision()));
		state.put("provenance", str(v.getProvenance()));
		state.put("completeness", str(v.getCompleteness()));
		state.put("status", str(v.getStatus()));
		state.put("basedOn", v.getBasedOn() == null ? null : v.getBasedOn().key());
		state.put("note", v.getNote());
		state.put("sources", v.getSources().stream().map(Source::getKey).sorted().collect(Collectors.joining(", ")));
		return state;
	}

	private static Map<String, String> pointState(Point p) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("label", p.getLabel());
		state.put("ordinal", String.valueOf(p.getOrdinal() + 1));
		state.put("title", p.getTitle());
		state.put("text", p.getText());
		state.put("topics", p.getTopics().stream().map(Topic::getSlug).sorted().collect(Collectors.joining(", ")));
		state.put("figures", p.getFigures().stream().map(Histories::figure).sorted().collect(Collectors.joining("; ")));
		state.put("note", p.getNote());
		return state;
	}

	private static String figure(KeyFigure f) {
		BigDecimal value = f.getValue();
		return f.getMeasure().getSlug() + " = "
				+ (value == null ? "" : value.stripTrailingZeros().toPlainString() + " ")
				+ Objects.toString(f.getQualifier(), "");
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

}
