package org.parley.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** Sources as choices of editing forms, and the sources a form names by key. */
@Component
public class SourceLookup {

	private final EntityManager em;

	SourceLookup(EntityManager em) {
		this.em = em;
	}

	public List<Source> sources() {
		return em.createQuery("select s from Source s order by s.publishedOn desc, s.key", Source.class)
			.getResultList();
	}

	public List<Source> sources(Collection<String> keys) {
		return keys.isEmpty() ? List.of()
				: em.createQuery("select s from Source s where s.key in :keys", Source.class)
					.setParameter("keys", keys)
					.getResultList();
	}

	public Optional<Source> findSource(String key) {
		return em.createQuery("select s from Source s where s.key = :key", Source.class)
			.setParameter("key", key)
			.getResultStream()
			.findFirst();
	}

}
