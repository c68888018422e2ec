package org.parley.source;

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
import org.parley.source.Source;

/** Editors add sources and correct them; every correction is kept in the audit history. */
@Service
public class SourceEditing {

	private final EntityManager em;

	private final SourceLookup sourceLookup;

	private final FormSubmissions submissions;

	SourceEditing(EntityManager em, SourceLookup sourceLookup, FormSubmissions submissions) {
		this.em = em;
		this.sourceLookup = sourceLookup;
		this.submissions = submissions;
	}

	@Transactional(readOnly = true)
	public SourceForm form(String key) {
		return SourceForm.from(source(key));
	}

	/** Adds the source (once per form token); returns its page, or null when {@code errors} were reported. */
	@Transactional
	public String create(SourceForm form, UUID token, Errors errors) {
		return submissions.create(token, errors, () -> {
			if (!errors.hasFieldErrors("key") && sourceLookup.findSource(form.getKey()).isPresent()) {
				errors.rejectValue("key", "source.key.taken");
			}
		}, () -> {
			em.persist(new Source(form.getKey(), form.getPublisher(), form.getTitle(),
					form.getUrl(), form.getPublishedOn(), form.getDatePrecision(), form.getReliability(),
					form.getNote()));
			return page(form.getKey());
		});
	}

	@Transactional
	public String update(String key, SourceForm form, Errors errors) {
		Source source = source(key);
		if (source.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(key, page(key) + "/edit", List.of(
					new Field("source.publisher", null, form.getPublisher(), source.getPublisher()),
					new Field("source.title", null, form.getTitle(), source.getTitle()),
					new Field("source.url", null, form.getUrl(), source.getUrl()),
					new Field("source.publishedOn", null, Objects.toString(form.getPublishedOn(), ""),
							Objects.toString(source.getPublishedOn(), "")),
					new Field("source.reliability", null, Objects.toString(form.getReliability(), ""),
							Objects.toString(source.getReliability(), "")),
					new Field("source.note", null, form.getNote(), source.getNote())));
		}
		if (errors.hasErrors()) {
			return null;
		}
		source.revise(form.getPublisher(), form.getTitle(), form.getUrl(),
				form.getPublishedOn(), form.getDatePrecision(), form.getReliability(), form.getNote());
		return page(key);
	}

	private Source source(String key) {
		return sourceLookup.findSource(key)
			.orElseThrow(() -> new SourceNotFound("error.source.notFound", key));
	}

	private static String page(String key) {
		return "/sources/" + key;
	}

}
