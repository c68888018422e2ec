package org.parley.proposal;

import java.util.List;
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
 * The measures key figures are stated in: listed for readers, added, corrected and deleted by
 * editors. A measure that a key figure uses is not deleted.
 */
@Service
public class MeasureEditing {

	/** One measure as the list shows it. */
	public record MeasureView(String slug, String name, String unit, long figures) {
	}

	private final EntityManager em;

	private final Entities entities;

	private final FormSubmissions submissions;

	private final Referrers referrers;

	MeasureEditing(EntityManager em, Entities entities, FormSubmissions submissions, Referrers referrers) {
		this.em = em;
		this.entities = entities;
		this.submissions = submissions;
		this.referrers = referrers;
	}

	@Transactional(readOnly = true)
	public List<MeasureView> measures() {
		return em.createQuery("""
				select new org.parley.proposal.MeasureEditing$MeasureView(m.slug, m.name, m.unit,
				  (select count(f) from KeyFigure f where f.measure = m))
				from Measure m order by m.name""", MeasureView.class).getResultList();
	}

	@Transactional(readOnly = true)
	public MeasureForm form(String slug) {
		return MeasureForm.from(measure(slug));
	}

	/** Adds the measure (once per form token); returns the list, or null when {@code errors} were reported. */
	@Transactional
	public String create(MeasureForm form, UUID token, Errors errors) {
		return submissions.create(token, errors,
				() -> entities.refuseTakenSlug(Measure.class, form.getSlug(), errors, "measure.slug.taken"), () -> {
			em.persist(new Measure(form.getSlug(), form.getName(), form.getUnit()));
			return page(form.getSlug());
		});
	}

	@Transactional
	public String update(String slug, MeasureForm form, Errors errors) {
		Measure measure = measure(slug);
		if (measure.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(slug, "/measures/" + slug + "/edit", List.of(
					new Field("measure.name", null, form.getName(), measure.getName()),
					new Field("measure.unit", null, form.getUnit(), measure.getUnit())));
		}
		if (errors.hasErrors()) {
			return null;
		}
		measure.revise(form.getName(), form.getUnit());
		return page(slug);
	}

	@Transactional(readOnly = true)
	public References references(String slug) {
		return references(measure(slug));
	}

	/** Deletes the measure unless a key figure uses it; returns what uses it. */
	@Transactional
	public References delete(String slug) {
		Measure measure = measure(slug);
		return referrers.deleteUnlessReferred(measure, references(measure));
	}

	private References references(Measure measure) {
		return new References(measure.getName(), page(measure.getSlug()), List.of(
				referrers.of("references.points", """
						select pr.name || ' v' || v.number || ' · ' || pt.label,
						       '/proposals/' || pr.slug || '/versions/' || v.number
						         || case when v.status = 'DRAFT' then '/edit' else '/points/' || pt.label end
						from key_figure f join point pt on pt.id = f.point_id
						join proposal_version v on v.id = pt.version_id join proposal pr on pr.id = v.proposal_id
						where f.measure_id = :id""", measure.getId())));
	}

	private Measure measure(String slug) {
		return entities.find(Measure.class, "slug", slug)
			.orElseThrow(() -> new MeasureNotFound("error.measure.notFound", slug));
	}

	/** Measures have no page of their own: the list, at the measure's entry. */
	private static String page(String slug) {
		return "/measures#" + slug;
	}

}
