package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One embedded PostgreSQL for the whole test JVM. Every test context gets a database of its
 * own, cloned from a template that Flyway migrated once ({@code CREATE DATABASE … TEMPLATE}
 * copies files: milliseconds, against seconds for {@code initdb}, a server start and the
 * migrations). Contexts stay isolated from each other's data; the server goes with the JVM.
 */
public final class SharedTestDatabase {

	static final String USERNAME = "postgres";

	private static final String TEMPLATE = "parley_template";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private SharedTestDatabase() {
	}

	/** A new, migrated, empty database; its JDBC URL. */
	public static synchronized String newDatabase() {
		EmbeddedPostgres postgres = server();
		String name = "parley_test_" + databases.incrementAndGet();
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name + " template " + TEMPLATE);
		return postgres.getJdbcUrl(USERNAME, name);
	}

	/**
	 * An empty database owned by a login of its own, on the shared server, for a test of
	 * Parley on a server it did not start: its JDBC URL (without credentials).
	 */
	public static synchronized String newDatabaseOwnedBy(String login, String password) {
		EmbeddedPostgres postgres = server();
		JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
		admin.execute("create role " + login + " login password '" + password.replace("'", "''") + "'");
		admin.execute("create database " + login + " owner " + login);
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + login;
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setLocaleConfig("locale", "C.UTF-8")
					// every cached context keeps a pool open, and concurrency tests add their own
					.setServerConfig("max_connections", "300")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the tests' PostgreSQL", ex);
			}
			migrateTemplate(server);
		}
		return server;
	}

	private static void migrateTemplate(EmbeddedPostgres postgres) {
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + TEMPLATE);
		// a single connection, closed afterwards: a template with open connections cannot be copied
		SingleConnectionDataSource template = new SingleConnectionDataSource(postgres.getJdbcUrl(USERNAME, TEMPLATE),
				USERNAME, "", true);
		try {
			Flyway.configure().dataSource(template).locations("classpath:db/migration").load().migrate();
		}
		finally {
			template.destroy();
		}
	}

}
