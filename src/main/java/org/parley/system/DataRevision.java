package org.parley.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
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
 * there is one.
 * A replica replays the primary's commits in order, so what is read from it after the
 * revision is at least that new; hence {@code parley.replica.url} names one server, not a
 * balancer over replicas that may each lag differently. The read below needs no
 * transaction for that: it marks its connection read-only before its one statement
 * ({@code ReplicaRoutingTest} checks which server answers).
 */
@Repository
public class DataRevision {

	private static final String QUERY = "select revision from data_revision where id = 1";

	private final DataSource dataSource;

	private final SessionFactory sessions;

	private final RevisionWatch watch;

	DataRevision(DataSource dataSource, EntityManagerFactory entityManagerFactory, RevisionWatch watch) {
		this.dataSource = dataSource;
		this.sessions = entityManagerFactory.unwrap(SessionFactory.class);
		this.watch = watch;
	}

	/**
	 * One statement on an autocommit connection marked read-only: one round trip instead of
	 * BEGIN, SELECT, COMMIT (marking a connection read-only outside a transaction sends
	 * nothing to PostgreSQL), and a routing data source sends it where content is read. It
	 * runs in a Hibernate session on that connection so that Hibernate's statistics count
	 * it like every other statement of a page. While the database announces changes
	 * ({@link RevisionWatch}) the value read is kept until the next change, and no statement
	 * is needed.
	 */
	public long current() {
		long known = watch.known();
		if (known >= 0) {
			return known;
		}
		long mark = watch.mark();
		try (Connection connection = dataSource.getConnection()) {
			connection.setReadOnly(true);
			try (Session session = sessions.withOptions().connection(connection).openSession()) {
				long revision = ((Number) session.createNativeQuery(QUERY, Long.class).getSingleResult()).longValue();
				watch.keep(revision, mark);
				return revision;
			}
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Could not read the data revision", ex);
		}
	}

}
