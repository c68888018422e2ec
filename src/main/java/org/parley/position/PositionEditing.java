package org.parley.position;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;
import org.parley.system.FormSubmissions;
import org.parley.proposal.ProposalLookup;
import org.parley.event.EventLookup;
import org.parley.topic.TopicLookup;
import org.parley.party.PartyLookup;
import org.parley.system.Entities;
import org.parley.source.SourceLookup;
import org.parley.position.PositionForm.TargetKind;
import org.parley.event.Event;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.proposal.Point;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.topic.Topic;

/**
 * Editors record what a party said, and correct a record; a correction keeps the previous
 * state in the audit history. A later statement is a new position, not a correction.
 */
@Service
public class PositionEditing {

	/** One choice in a select: the submitted value and what the editor reads. */
	public record Choice(String value, String label) {
	}

	public record Choices(List<Choice> parties, List<Choice> people, List<Choice> topics, List<Choice> sources,
			List<Choice> events) {
	}

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final SourceLookup sourceLookup;

	private final Entities entities;

	private final PartyLookup partyLookup;

	private final TopicLookup topicLookup;

	private final EventLookup eventLookup;

	private final FormSubmissions submissions;

	PositionEditing(EntityManager em, ProposalLookup lookup, SourceLookup sourceLookup, Entities entities,
			PartyLookup partyLookup, TopicLookup topicLookup, EventLookup eventLookup, FormSubmissions submissions) {
		this.em = em;
		this.lookup = lookup;
		this.sourceLookup = sourceLookup;
		this.entities = entities;
		this.partyLookup = partyLookup;
		this.topicLookup = topicLookup;
		this.eventLookup = eventLookup;
		this.submissions = submissions;
	}

	@Transactional(readOnly = true)
	public Choices choices() {
		return new Choices(partyLookup.parties().stream().map(p -> new Choice(p.getSlug(), p.getName())).toList(),
				partyLookup.people()
					.stream()
					.map(p -> new Choice(p.getSlug(), p.getName() + " (" + p.getParty().getName() + ")"))
					.toList(),
				topicLookup.topics().stream().map(t -> new Choice(t.getSlug(), t.getName())).toList(),
				sourceLookup.sources()
					.stream()
					.map(s -> new Choice(s.getKey(), s.getPublisher() + ": " + s.getTitle()))
					.toList(),
				eventLookup.events()
					.stream()
					.map(e -> new Choice(e.getSlug(), e.getStartsOn() + " · " + e.getTitle()))
					.toList());
	}

	/** A blank form; "Record a position" on a point page names the point. */
	public PositionForm blank(String point) {
		PositionForm form = new PositionForm();
		form.setTargetPoint(point);
		return form;
	}

	@Transactional(readOnly = true)
	public PositionForm form(long id) {
		Position position = position(id);
		PositionForm form = new PositionForm();
		form.setLockVersion(position.getLockVersion());
		form.setParty(position.getParty().getSlug());
		form.setPerson(position.getPerson() == null ? null : position.getPerson().getSlug());
		form.setStance(position.getStance());
		form.setStatedOn(position.getStatedOn());
		if (position.getTargetPoint() != null) {
			form.setTargetKind(TargetKind.POINT);
			form.setTargetPoint(position.getTargetPoint().key());
		}
		else if (position.getTargetVersion() != null) {
			form.setTargetKind(TargetKind.VERSION);
			form.setTargetVersion(position.getTargetVersion().key());
		}
		else {
			form.setTargetKind(TargetKind.TOPIC);
			form.setTargetTopic(position.getTargetTopic().getSlug());
		}
		form.setTopic(position.getTopic() == null ? null : position.getTopic().getSlug());
		form.setParaphrase(position.getParaphrase());
		form.setQuote(position.getQuote());
		form.setSource(position.getSource().getKey());
		form.setFurtherSources(position.getFurtherSources().stream().map(Source::getKey).toList());
		form.setEvent(position.getEvent() == null ? null : position.getEvent().getSlug());
		form.setLowConfidence(position.isLowConfidence());
		form.setNote(position.getNote());
		return form;
	}

	/** Records the position (once per form token); returns the page to show, or null when {@code errors} were reported. */
	@Transactional
	public String create(PositionForm form, UUID token, Errors errors) {
		return submissions.create(token, errors, () -> resolve(form, errors), r -> {
			Position position = new Position(r.party, r.person, form.getStance(), form.getStatedOn(),
					form.getParaphrase(), form.getQuote(), r.source);
			apply(position, form, r);
			em.persist(position);
			return targetPage(position);
		});
	}

	@Transactional
	public String update(long id, PositionForm form, Errors errors) {
		Position position = position(id);
		if (position.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException("position " + id, "/positions/" + id + "/edit", List.of(
					new Field("position.stance", null, Objects.toString(form.getStance(), ""),
							position.getStance().name()),
					new Field("position.statedOn", null, Objects.toString(form.getStatedOn(), ""),
							position.getStatedOn().toString()),
					new Field("position.paraphrase", null, form.getParaphrase(), position.getParaphrase()),
					new Field("position.quote", null, form.getQuote(), position.getQuote()),
					new Field("position.note", null, form.getNote(), position.getNote())));
		}
		Resolved r = resolve(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		position.revise(r.party, r.person, form.getStance(), form.getStatedOn(), form.getParaphrase(),
				form.getQuote(), r.source);
		apply(position, form, r);
		return targetPage(position);
	}

	private record Resolved(Party party, Person person, Point point, Version version, Topic targetTopic, Topic topic,
			Source source, List<Source> furtherSources, Event event) {
	}

	private Resolved resolve(PositionForm form, Errors errors) {
		Party party = find(Party.class, "slug", form.getParty(), "party", errors);
		Person person = find(Person.class, "slug", form.getPerson(), "person", errors);
		if (person != null && party != null && !Person.canSpeakFor(person.getParty().getSlug(), party.getSlug(),
				party.getMembers().stream().map(Party::getSlug).toList())) {
			errors.rejectValue("person", "position.person.otherParty");
		}
		Point point = null;
		Version version = null;
		Topic targetTopic = null;
		if (form.getTargetKind() == TargetKind.POINT) {
			point = lookup.findPoint(form.getTargetPoint()).orElse(null);
			if (point == null || !point.getVersion().isPublished()) {
				errors.rejectValue("targetPoint", "position.target.point");
			}
		}
		else if (form.getTargetKind() == TargetKind.VERSION) {
			version = lookup.findVersion(form.getTargetVersion()).orElse(null);
			if (version == null || !version.isPublished()) {
				errors.rejectValue("targetVersion", "position.target.version");
			}
		}
		else if (form.getTargetKind() == TargetKind.TOPIC) {
			targetTopic = find(Topic.class, "slug", form.getTargetTopic(), "targetTopic", errors);
			if (targetTopic == null && !errors.hasFieldErrors("targetTopic")) {
				errors.rejectValue("targetTopic", "field.required");
			}
		}
		Version target = point != null ? point.getVersion() : version;
		if (target != null && Position.predatesIssue(form.getStatedOn(), target.getIssuedOn())) {
			errors.rejectValue("statedOn", "position.statedOn.beforeIssue", new Object[] { target.getIssuedOn() },
					null);
		}
		Topic topic = find(Topic.class, "slug", form.getTopic(), "topic", errors);
		Source source = find(Source.class, "key", form.getSource(), "source", errors);
		List<Source> further = sourceLookup.sources(form.getFurtherSources());
		if (further.size() != form.getFurtherSources().stream().distinct().count()) {
			errors.rejectValue("furtherSources", "draft.sources.unknown");
		}
		Event event = find(Event.class, "slug", form.getEvent(), "event", errors);
		// the primary source is cited once: as a further source too it would be cited twice
		further = further.stream().filter(s -> !s.equals(source)).toList();
		return new Resolved(party, person, point, version, targetTopic, topic, source, further, event);
	}

	private <T> T find(Class<T> type, String attribute, String value, String field, Errors errors) {
		if (value == null) {
			return null;
		}
		T found = entities.find(type, attribute, value).orElse(null);
		if (found == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "form.unknownChoice");
		}
		return found;
	}

	private static void apply(Position position, PositionForm form, Resolved r) {
		if (r.point != null) {
			position.about(r.point);
		}
		else if (r.version != null) {
			position.about(r.version);
		}
		else {
			position.about(r.targetTopic);
		}
		position.setTopic(r.topic);
		position.setEvent(r.event);
		position.setLowConfidence(form.isLowConfidence());
		position.setNote(form.getNote());
		position.getFurtherSources().retainAll(r.furtherSources);
		position.getFurtherSources().addAll(r.furtherSources);
	}

	/** Where the position shows: its point, its version, or its topic. */
	private static String targetPage(Position position) {
		if (position.getTargetPoint() != null) {
			Point p = position.getTargetPoint();
			return "/proposals/" + p.getVersion().getProposal().getSlug() + "/versions/" + p.getVersion().getNumber()
					+ "/points/" + p.getLabel();
		}
		if (position.getTargetVersion() != null) {
			Version v = position.getTargetVersion();
			return "/proposals/" + v.getProposal().getSlug() + "/versions/" + v.getNumber();
		}
		return "/topics/" + position.getTargetTopic().getSlug();
	}

	private Position position(long id) {
		Position position = em.find(Position.class, id);
		if (position == null) {
			throw new PositionNotFound("error.position.notFound", id);
		}
		return position;
	}

}
