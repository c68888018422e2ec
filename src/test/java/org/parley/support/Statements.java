package org.parley.support;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while something runs (statistics are on in tests). */
public class Statements {

	private final Statistics statistics;

	public Statements(EntityManagerFactory emf) {
		this.statistics = emf.unwrap(SessionFactory.class).getStatistics();
	}

	/**
	 * The statements of {@code action} after {@code first} (e.g. raising the data revision, so
	 * that the page is built from the database and reads the revision once).
	 */
	public long countWhile(Runnable first, ThrowingRunnable action) {
		first.run();
		return countWhile(action);
	}

	public long countWhile(ThrowingRunnable action) {
		statistics.clear();
		try {
			action.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
