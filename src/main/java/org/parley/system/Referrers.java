package org.parley.system;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import org.parley.system.References.Example;
import org.parley.system.References.Use;

/**
 * Counts what refers to a row, in SQL, so that a feature can name referrers of features above
 * it (a party's positions) without depending on them.
 */
@Component
public class Referrers {

	/** How many examples a refusal names per kind. */
	static final int EXAMPLES = 3;

	private final EntityManager em;

	Referrers(EntityManager em) {
		this.em = em;
	}

	/**
	 * @param kind a message key taking the count ("Used by {0} positions")
	 * @param select a native query of (name, path) rows, one per referrer, with the parameter {@code :id}
	 */
	public Use of(String kind, String select, long id) {
		long count = ((Number) em.createNativeQuery("select count(*) from (" + select + ") referrer")
			.setParameter("id", id)
			.getSingleResult()).longValue();
		if (count == 0) {
			return new Use(kind, 0, List.of());
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("select * from (" + select + ") referrer order by 1 limit " + EXAMPLES)
			.setParameter("id", id)
			.getResultList();
		return new Use(kind, count, rows.stream().map(r -> new Example((String) r[0], (String) r[1])).toList());
	}

	/** Deletes {@code entity} unless {@code references}, what refers to it, name anything; returns them. */
	public References deleteUnlessReferred(Object entity, References references) {
		if (references.none()) {
			em.remove(entity);
		}
		return references;
	}

}
