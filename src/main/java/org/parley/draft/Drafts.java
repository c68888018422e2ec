package org.parley.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.proposal.LinkKind;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.SourcedPoints;
import org.parley.proposal.Version;
import org.parley.system.EditConflictException;
import org.parley.system.FormSubmissions;

/**
 * Draft versions: started from a published version (every point copied and linked to its
 * original), edited in one form, then published (immutable from then on) or discarded.
 * What the pages show is {@link DraftReading}'s.
 */
@Service
public class Drafts {

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final DraftRules rules;

	private final DraftMapping mapping;

	private final FormSubmissions submissions;

	Drafts(EntityManager em, ProposalLookup lookup, DraftRules rules, DraftMapping mapping,
			FormSubmissions submissions) {
		this.em = em;
		this.lookup = lookup;
		this.rules = rules;
		this.mapping = mapping;
		this.submissions = submissions;
	}

	/** Creates the draft (once per form token) and returns the path of its editor. */
	@Transactional
	public String createFrom(String proposal, int from, UUID token) {
		return submissions.once(token, () -> {
			Version source = lookup.version(proposal, from);
			Proposal owner = source.getProposal();
			// carried over for the editor to review (DraftReading#carriedOver): note, sources, provenance, completeness
			Version draft = new Version(owner, lookup.nextVersionNumber(owner), source.getTitle(),
					source.getIssuedOn(), source.getDatePrecision(), source.getProvenance(), source.getCompleteness(),
					source.getNote());
			draft.setBasedOn(source);
			draft.getSources().addAll(source.getSources());
			em.persist(draft);
			DraftMapping.copyPoints(source, draft, LinkKind.CARRIED_OVER);
			return editPath(draft);
		});
	}

	/**
	 * Saves the form into the draft. Rule violations are reported into {@code errors} and
	 * nothing changes; a stale form raises {@link EditConflictException}.
	 */
	@Transactional
	public void save(String proposal, int number, DraftForm form, Errors errors) {
		save(proposal, number, form, errors, false);
	}

	/**
	 * Saves the form as {@link #save(String, int, DraftForm, Errors)} does; {@code forPublishing}
	 * also applies the rules of publishing (points, each sourced), so that the confirmation
	 * that follows can only fail on someone else's change.
	 */
	@Transactional
	public void save(String proposal, int number, DraftForm form, Errors errors, boolean forPublishing) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (form.getLockVersion() != version.getLockVersion()) {
			throw DraftConflicts.of(version, form);
		}
		form.absorbLinks(); // points chosen with the picker but not yet shown as links
		DraftRules.Checked checked = rules.check(form, version, errors, forPublishing);
		if (errors.hasErrors()) {
			return;
		}
		mapping.apply(form, version, checked);
		// every save moves the draft on, so a form opened before it is recognised as stale
		em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	/**
	 * Adds the points split from pasted text to the draft, after the others or instead of
	 * them. Returns what prevents it (message keys with an argument), empty when done.
	 */
	@Transactional
	public List<String[]> addPasted(String proposal, int number, long lockVersion, List<PastedPlan.Parsed> parsed,
			boolean replace) {
		Version version = draft(proposal, number, lockVersion);
		List<String[]> problems = new ArrayList<>();
		Set<String> labels = new HashSet<>();
		if (!replace) {
			version.getPoints().forEach(p -> labels.add(p.getLabel()));
		}
		for (PastedPlan.Parsed point : parsed) {
			if (!labels.add(point.label())) {
				problems.add(new String[] { "paste.labelTaken", point.label() });
			}
			if (point.text().length() > 8000) {
				problems.add(new String[] { "paste.tooLong", point.label() });
			}
		}
		if (parsed.isEmpty()) {
			problems.add(new String[] { "paste.nothing", "" });
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (replace) {
			new ArrayList<>(version.getPoints()).forEach(version::removePoint);
			em.flush();
		}
		int ordinal = version.getPoints().size();
		for (PastedPlan.Parsed point : parsed) {
			Point added = version.addPoint(point.label(), point.title(), point.text());
			added.moveTo(ordinal++);
			added.getSources().addAll(version.getSources());
		}
		em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return problems;
	}

	@Transactional
	public void publish(String proposal, int number, long lockVersion) {
		Version version = draft(proposal, number, lockVersion);
		if (version.getPoints().isEmpty()) {
			throw new InvalidDraftRequest("error.draft.publishEmpty");
		}
		// the form checked this before the confirmation page; only a request made by hand gets here unsourced
		List<String> unsourced = SourcedPoints.unsourced(version.getPoints(), Point::getLabel, Point::getSources);
		if (!unsourced.isEmpty()) {
			throw new InvalidDraftRequest("error.draft.unsourced", String.join(", ", unsourced));
		}
		version.publish(Instant.now());
	}

	@Transactional
	public void discard(String proposal, int number, long lockVersion) {
		Version version = draft(proposal, number, lockVersion);
		Long dependants = em.createQuery("select count(v) from Version v where v.basedOn = :v", Long.class)
			.setParameter("v", version)
			.getSingleResult();
		if (dependants > 0) {
			throw new InvalidDraftRequest("error.draft.discardBasedOn");
		}
		em.remove(version);
	}

	public static String editPath(Version version) {
		return "/proposals/" + version.getProposal().getSlug() + "/versions/" + version.getNumber() + "/edit";
	}

	/** The draft, as long as the editor's page showed its latest state. */
	private Version draft(String proposal, int number, long lockVersion) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (version.getLockVersion() != lockVersion) {
			throw DraftConflicts.stale(version);
		}
		return version;
	}

}
