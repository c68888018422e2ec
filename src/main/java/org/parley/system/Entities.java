package org.parley.system;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Finds an entity of any feature by one unique attribute (a slug, a key) that a form names;
 * the caller rejects the field when it is missing. Knows no feature, so every feature can use it.
 */
@Component
public class Entities {

	private final EntityManager em;

	Entities(EntityManager em) {
		this.em = em;
	}

	public <T> Optional<T> find(Class<T> type, String attribute, Object value) {
		return em.createQuery("select x from " + type.getSimpleName() + " x where x." + attribute + " = :value", type)
			.setParameter("value", value)
			.getResultStream()
			.findFirst();
	}

	/** Reports {@code code} on the form's field {@code slug} when a {@code type} has that slug already (and it is well formed). */
	public void refuseTakenSlug(Class<?> type, String slug, Errors errors, String code) {
		if (!errors.hasFieldErrors("slug") && find(type, "slug", slug).isPresent()) {
			errors.rejectValue("slug", code);
		}
	}

}
