package org.parley.system;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision of the published content, raised by the database on every change (see
 * V20__data_revision.sql). Read it before the data a cached page is built from: the data
 * is then at least as new as the revision, never older.
 */
@Repository
public class DataRevision {

	private final EntityManager em;

	DataRevision(EntityManager em) {
		this.em = em;
	}

	@Transactional(readOnly = true)
	public long current() {
		return ((Number) em.createNativeQuery("select revision from data_revision where id = 1").getSingleResult())
			.longValue();
	}

}
