package org.parley.system;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

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

	/**
	 * Deliberately outside any transaction: one statement on an autocommit connection, one
	 * round trip instead of BEGIN, SELECT, COMMIT. Not read-only either, so that a routing
	 * data source sends it to the primary, where every change commits first.
	 */
	public long current() {
		return ((Number) em.createNativeQuery("select revision from data_revision where id = 1").getSingleResult())
			.longValue();
	}

}
