package org.parley.system;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * The revision of the published content, raised by the database on every change (see
 * V20__data_revision.sql). Read it before the data a cached page is built from: the data
 * is then at least as new as the revision, never older.
 * <p>
 * That holds only if the revision and the data come from the same server. With a streaming
 * replica ({@link ReplicaConfiguration}) content is read on the replica, which may lag the
 * primary: a revision read on the primary could key a page built from older replica data,
 * and that stale page would be served until the next change. So the revision is read where
 * content is read: in a read-only transaction, which the routing sends to the replica when
 * there is one (and joins the caller's transaction, and its connection, when there is one).
 * A replica replays the primary's commits in order, so what is read from it after the
 * revision is at least that new; hence {@code parley.replica.url} names one server, not a
 * balancer over replicas that may each lag differently. A cheaper read without a
 * transaction must keep this: mark the connection read-only before its one statement
 * ({@code ReplicaRoutingTest} checks which server answers).
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
