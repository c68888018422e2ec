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
