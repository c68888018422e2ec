package org.parley.event;

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
import org.parley.source.SourceLookup;
import org.parley.system.Entities;
import org.parley.event.Event;
import org.parley.event.EventParticipant;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.source.Source;

/** Editors add negotiation events and correct them; corrections stay in the audit history. */
@Service
public class EventEditing {

	private final EntityManager em;

	private final Entities entities;

	private final SourceLookup sourceLookup;

	private final FormSubmissions submissions;

	EventEditing(EntityManager em, Entities entities, SourceLookup sourceLookup, FormSubmissions submissions) {
		this.em = em;
		this.entities = entities;
		this.sourceLookup = sourceLookup;
		this.submissions = submissions;
	}

	@Transactional(readOnly = true)
	public EventForm form(String slug) {
		Event event = event(slug);
		EventForm form = new EventForm();
		form.setLockVersion(event.getLockVersion());
		form.setSlug(event.getSlug());
		form.setTitle(event.getTitle());
		form.setStartsOn(event.getStartsOn());
		form.setEndsOn(event.getEndsOn());
		form.setPlace(event.getPlace());
		form.setOutcome(event.getOutcome());
		form.setLowConfidence(event.isLowConfidence());
		form.setNote(event.getNote());
		form.setSources(event.getSources().stream().map(Source::getKey).toList());
		StringBuilder names = new StringBuilder();
		for (EventParticipant participant : event.getParticipants()) {
			if (participant.getPerson() != null) {
				form.getPeople().add(participant.getPerson().getSlug());
			}
			else if (participant.getParty() != null) {
				form.getParties().add(participant.getParty().getSlug());
			}
			else {
				names.append(participant.getName()).append('\n');
			}
		}
		form.setNames(names.toString());
		return form;
	}

	@Transactional
	public String create(EventForm form, UUID token, Errors errors) {
		return submissions.create(token, errors, () -> {
			entities.refuseTakenSlug(Event.class, form.getSlug(), errors, "event.slug.taken");
			return resolve(form, errors);
		}, participants -> {
			Event event = new Event(form.getSlug(), form.getTitle(), form.getStartsOn(), form.getEndsOn(),
					form.getPlace(), form.getOutcome(), form.isLowConfidence(),
					form.getNote());
			participants.addTo(event, form);
			event.getSources().addAll(participants.sources());
			em.persist(event);
			return "/events/" + event.getSlug();
		});
	}

	@Transactional
	public String update(String slug, EventForm form, Errors errors) {
		Event event = event(slug);
		if (event.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(slug, "/events/" + slug + "/edit", List.of(
					new Field("event.title", null, form.getTitle(), event.getTitle()),
					new Field("event.startsOn", null, Objects.toString(form.getStartsOn(), ""),
							Objects.toString(event.getStartsOn(), "")),
					new Field("event.endsOn", null, Objects.toString(form.getEndsOn(), ""),
							Objects.toString(event.getEndsOn(), "")),
					new Field("event.place", null, form.getPlace(), event.getPlace()),
					new Field("event.outcome", null, form.getOutcome(), event.getOutcome()),
					new Field("event.note", null, form.getNote(), event.getNote())));
		}
		Participants participants = resolve(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		event.revise(form.getTitle(), form.getStartsOn(), form.getEndsOn(), form.getPlace(),
				form.getOutcome(), form.isLowConfidence(), form.getNote());
		// (event, ordinal) is unique at once: remove the old participants before numbering the new ones
		event.getParticipants().clear();
		em.flush();
		participants.addTo(event, form);
		event.getSources().retainAll(participants.sources());
		event.getSources().addAll(participants.sources());
		em.lock(event, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return "/events/" + slug;
	}

	private record Participants(List<Person> people, List<Party> parties, List<Source> sources) {

		void addTo(Event event, EventForm form) {
			people.forEach(p -> event.addParticipant(EventParticipant.person(p)));
			parties.forEach(p -> event.addParticipant(EventParticipant.party(p)));
			form.nameLines().forEach(n -> event.addParticipant(EventParticipant.named(n.length() > 300 ? n.substring(0, 300) : n)));
		}

	}

	private Participants resolve(EventForm form, Errors errors) {
		List<Person> people = form.getPeople().stream().distinct()
			.map(s -> entities.find(Person.class, "slug", s).orElse(null)).toList();
		if (people.contains(null)) {
			errors.rejectValue("people", "form.unknownChoice");
		}
		List<Party> parties = form.getParties().stream().distinct()
			.map(s -> entities.find(Party.class, "slug", s).orElse(null)).toList();
		if (parties.contains(null)) {
			errors.rejectValue("parties", "form.unknownChoice");
		}
		if (!SourcedEvents.isSourced(form.getSources())) {
			errors.rejectValue("sources", "event.sources.required");
		}
		List<Source> sources = sourceLookup.sources(form.getSources());
		if (sources.size() != form.getSources().stream().distinct().count()) {
			errors.rejectValue("sources", "draft.sources.unknown");
		}
		return new Participants(people, parties, sources);
	}

	private Event event(String slug) {
		return entities.find(Event.class, "slug", slug)
			.orElseThrow(() -> new EventNotFound("error.event.notFound", slug));
	}

}
