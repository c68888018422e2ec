package org.parley.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Keeps the SQL Hibernate prepares, so that a test can ask PostgreSQL how it plans each
 * statement a page issues. Registered only by the tests that name it
 * ({@code spring.jpa.properties.hibernate.session_factory.statement_inspector}).
 */
public class RecordedSql implements StatementInspector {

	private static final List<String> statements = new ArrayList<>();

	@Override
	public String inspect(String sql) {
		synchronized (statements) {
			statements.add(sql);
		}
		return sql;
	}

	/** The statements prepared while {@code action} ran. */
	public static List<String> during(Statements.ThrowingRunnable action) {
		synchronized (statements) {
			statements.clear();
		}
		try {
			action.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

}
