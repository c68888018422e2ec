package org.parley.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.system.FormSubmissions;
import org.parley.proposal.ProposalLookup;
import org.parley.system.Entities;
import org.parley.party.Party;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;

/** New proposals, each with a first draft version: from scratch, pasted text, or as a counter-proposal. */
@Service
public class NewProposals {

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final Entities entities;

	private final FormSubmissions submissions;

	NewProposals(EntityManager em, ProposalLookup lookup, Entities entities, FormSubmissions submissions) {
		this.em = em;
		this.lookup = lookup;
		this.entities = entities;
		this.submissions = submissions;
	}

	/** Creates the proposal and its draft (once per form token); returns the draft editor, or null on errors. */
	@Transactional
	public String create(ProposalForm form, UUID token, Errors errors) {
		var earlier = submissions.resultOf(token);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		entities.refuseTakenSlug(Proposal.class, form.getSlug(), errors, "proposal.slug.taken");
		List<Party> proposers = form.getProposers().stream().distinct()
			.map(s -> entities.find(Party.class, "slug", s).orElse(null)).toList();
		if (proposers.contains(null)) {
			errors.rejectValue("proposers", "form.unknownChoice");
		}
		Version basedOn = null;
		if (form.getBasedOn() != null) {
			basedOn = lookup.findVersion(form.getBasedOn()).filter(Version::isPublished).orElse(null);
			if (basedOn == null) {
				errors.rejectValue("basedOn", "draft.basedOn.unknown");
			}
		}
		else if (form.isCounter()) {
			errors.rejectValue("basedOn", "proposal.counter.needsBase");
		}
		List<PastedPlan.Parsed> pasted = PastedPlan.split(form.getText());
		Set<String> labels = new HashSet<>();
		if (form.isCounter() && basedOn != null) {
			basedOn.getPoints().forEach(p -> labels.add(p.getLabel()));
		}
		for (PastedPlan.Parsed point : pasted) {
			if (!labels.add(point.label())) {
				errors.rejectValue("text", "paste.labelTaken", new Object[] { point.label() }, null);
				break;
			}
			if (point.text().length() > 8000) {
				errors.rejectValue("text", "paste.tooLong", new Object[] { point.label() }, null);
				break;
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		Version base = basedOn;
		return submissions.once(token, () -> {
			Proposal proposal = new Proposal(form.getSlug(), form.getName(), form.getSummary());
			proposal.getProposers().addAll(proposers);
			em.persist(proposal);
			Version draft = new Version(proposal, 1, form.getVersionTitle(), form.getIssuedOn(),
					form.getDatePrecision(), form.getProvenance(), form.getCompleteness(), null);
			draft.setBasedOn(base);
			em.persist(draft);
			if (form.isCounter()) {
				DraftMapping.copyPoints(base, draft, LinkKind.ANSWERS);
			}
			int ordinal = draft.getPoints().size();
			for (PastedPlan.Parsed point : pasted) {
				draft.addPoint(point.label(), point.title(), point.text()).moveTo(ordinal++);
			}
			return Drafts.editPath(draft);
		});
	}

}
