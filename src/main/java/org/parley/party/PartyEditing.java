package org.parley.party;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;
import org.parley.system.Entities;
import org.parley.system.FormSubmissions;
import org.parley.system.References;
import org.parley.system.Referrers;

/**
 * Editors add, correct and delete parties and people. A party or person that anything refers
 * to is not deleted; the refusal names what refers to it.
 */
@Service
public class PartyEditing {

	private final EntityManager em;

	private final Entities entities;

	private final FormSubmissions submissions;

	private final Referrers referrers;

	PartyEditing(EntityManager em, Entities entities, FormSubmissions submissions, Referrers referrers) {
		this.em = em;
		this.entities = entities;
		this.submissions = submissions;
		this.referrers = referrers;
	}

	// Parties ----------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public PartyForm partyForm(String slug) {
		return PartyForm.from(party(slug));
	}

	/** Adds the party (once per form token); returns its page, or null when {@code errors} were reported. */
	@Transactional
	public String createParty(PartyForm form, UUID token, Errors errors) {
		return submissions.create(token, errors, () -> {
			entities.refuseTakenSlug(Party.class, form.getSlug(), errors, "party.slug.taken");
			return members(form, errors);
		}, members -> {
			Party party = new Party(form.getSlug(), form.getName(), form.getKind());
			party.getMembers().addAll(members);
			em.persist(party);
			return partyPage(form.getSlug());
		});
	}

	@Transactional
	public String updateParty(String slug, PartyForm form, Errors errors) {
		Party party = party(slug);
		if (party.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(slug, partyPage(slug) + "/edit", List.of(
					new Field("party.name", null, form.getName(), party.getName()),
					new Field("party.kind", null, Objects.toString(form.getKind(), ""), party.getKind().name()),
					new Field("party.members", null, String.join(", ", form.getMembers()),
							String.join(", ", PartyForm.from(party).getMembers()))));
		}
		List<Party> members = members(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		party.revise(form.getName(), form.getKind(), members);
		return partyPage(slug);
	}

	@Transactional(readOnly = true)
	public References partyReferences(String slug) {
		Party party = party(slug);
		return partyReferences(party);
	}

	/** Deletes the party unless something refers to it; returns what refers to it (nothing when deleted). */
	@Transactional
	public References deleteParty(String slug) {
		Party party = party(slug);
		return referrers.deleteUnlessReferred(party, partyReferences(party));
	}

	private References partyReferences(Party party) {
		long id = party.getId();
		return new References(party.getName(), partyPage(party.getSlug()), List.of(
				referrers.of("references.people", "select name, '/people/' || slug || '/edit' from person where party_id = :id", id),
				referrers.of("references.groups", """
						select g.name, '/parties/' || g.slug from party_member m join party g on g.id = m.group_id
						where m.member_id = :id""", id),
				referrers.of("references.proposals", """
						select pr.name, '/proposals/' || pr.slug from proposal_party pp
						join proposal pr on pr.id = pp.proposal_id where pp.party_id = :id""", id),
				referrers.of("references.positions", """
						select to_char(p.stated_on, 'YYYY-MM-DD') || ' · ' || left(p.paraphrase, 80),
						       '/positions/' || p.id || '/edit'
						from position p where p.party_id = :id""", id),
				referrers.of("references.events", """
						select distinct e.title, '/events/' || e.slug from event_participant ep
						join event e on e.id = ep.event_id where ep.party_id = :id""", id)));
	}

	private List<Party> members(PartyForm form, Errors errors) {
		List<String> slugs = form.getMembers().stream().filter(Objects::nonNull).distinct().toList();
		if (slugs.isEmpty()) {
			return List.of();
		}
		if (slugs.contains(form.getSlug())) {
			errors.rejectValue("members", "party.members.self");
			return List.of();
		}
		List<Party> found = em.createQuery("select p from Party p where p.slug in :slugs", Party.class)
			.setParameter("slugs", slugs)
			.getResultList();
		if (found.size() != slugs.size()) {
			errors.rejectValue("members", "form.unknownChoice");
		}
		return found;
	}

	private Party party(String slug) {
		return entities.find(Party.class, "slug", slug)
			.orElseThrow(() -> new PartyNotFound("error.party.notFound", slug));
	}

	private static String partyPage(String slug) {
		return "/parties/" + slug;
	}

	// People -----------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public PersonForm personForm(String slug) {
		return PersonForm.from(person(slug));
	}

	/** Adds the person (once per form token); returns their party's page, or null when {@code errors} were reported. */
	@Transactional
	public String createPerson(PersonForm form, UUID token, Errors errors) {
		return submissions.create(token, errors, () -> {
			entities.refuseTakenSlug(Person.class, form.getSlug(), errors, "person.slug.taken");
			return partyOf(form, errors);
		}, party -> {
			em.persist(new Person(form.getSlug(), form.getName(), form.getRole(), party));
			return partyPage(party.getSlug());
		});
	}

	@Transactional
	public String updatePerson(String slug, PersonForm form, Errors errors) {
		Person person = person(slug);
		if (person.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(slug, "/people/" + slug + "/edit", List.of(
					new Field("person.name", null, form.getName(), person.getName()),
					new Field("person.role", null, form.getRole(), person.getRole()),
					new Field("person.party", null, form.getParty(), person.getParty().getSlug())));
		}
		Party party = partyOf(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		person.revise(form.getName(), form.getRole(), party);
		return partyPage(party.getSlug());
	}

	@Transactional(readOnly = true)
	public References personReferences(String slug) {
		return personReferences(person(slug));
	}

	/** Deletes the person unless something refers to them; returns what refers to them. */
	@Transactional
	public References deletePerson(String slug) {
		Person person = person(slug);
		return referrers.deleteUnlessReferred(person, personReferences(person));
	}

	private References personReferences(Person person) {
		long id = person.getId();
		return new References(person.getName(), partyPage(person.getParty().getSlug()), List.of(
				referrers.of("references.positions", """
						select to_char(p.stated_on, 'YYYY-MM-DD') || ' · ' || left(p.paraphrase, 80),
						       '/positions/' || p.id || '/edit'
						from position p where p.person_id = :id""", id),
				referrers.of("references.events", """
						select distinct e.title, '/events/' || e.slug from event_participant ep
						join event e on e.id = ep.event_id where ep.person_id = :id""", id)));
	}

	private Party partyOf(PersonForm form, Errors errors) {
		if (form.getParty() == null) {
			return null;
		}
		var party = entities.find(Party.class, "slug", form.getParty());
		if (party.isEmpty()) {
			errors.rejectValue("party", "form.unknownChoice");
			return null;
		}
		return party.get();
	}

	private Person person(String slug) {
		return entities.find(Person.class, "slug", slug)
			.orElseThrow(() -> new PartyNotFound("error.person.notFound", slug));
	}

}
