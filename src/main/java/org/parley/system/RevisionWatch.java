package org.parley.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Keeps the data revision in memory while PostgreSQL can tell us when it changes, so that a
 * stored page is answered without a round trip to the database.
 * <p>
 * The database announces every new revision ({@code NOTIFY parley_data_revision}, see
 * V33__data_revision_notifications.sql) to every instance, at commit. The value itself is
 * always read from the database ({@link DataRevision}); a notification only forgets a kept
 * value older than the one announced, and a value read is kept only if it is at least as new
 * as every announcement so far. A write committed by this instance forgets the value at once, so whoever wrote reads
 * the new revision on the next request without waiting for the notification.
 * <p>
 * Without the listening connection (not yet connected, lost, or a read replica configured,
 * whose revision must be read where content is read) nothing is kept and every request
 * reads the revision, as before.
 */
@Component
class RevisionWatch implements SmartLifecycle, TransactionExecutionListener {

	static final String CHANNEL = "parley_data_revision";

	private static final Logger log = LoggerFactory.getLogger(RevisionWatch.class);

	private static final long UNKNOWN = -1;

	/** How long one wait for notifications lasts; also how soon a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	private final HikariDataSource primary;

	/** The revision every request may use, or {@link #UNKNOWN}. */
	private volatile long known = UNKNOWN;

	/** The newest revision announced: a value read from the database older than it is stale. */
	private long announced = UNKNOWN;

	/** Raised whenever a kept value is forgotten, so that a read begun before is not kept. */
	private long forgettings;

	private volatile boolean listening;

	private volatile boolean running;

	private Thread listener;

	RevisionWatch(DataSource dataSource) {
		// with a read replica the data source is a routing proxy: reads stay per request
		this.primary = dataSource instanceof HikariDataSource pool ? pool : null;
	}

	/** The revision if one is known to be current, else {@code -1}. */
	long known() {
		return listening ? known : UNKNOWN;
	}

	/** Marks the start of a read of the revision from the database; pass the mark to {@link #keep}. */
	synchronized long mark() {
		return forgettings;
	}

	/** Keeps a value read from the database, unless it is older than announced or forgotten since the read began. */
	synchronized void keep(long revision, long mark) {
		if (listening && forgettings == mark && revision >= announced) {
			known = revision;
		}
	}

	private synchronized void forget() {
		forgettings++;
		known = UNKNOWN;
	}

	/** A read still under way is judged by {@link #keep}; only a kept older value is forgotten. */
	private synchronized void announce(long revision) {
		announced = Math.max(announced, revision);
		if (known != UNKNOWN && known < revision) {
			known = UNKNOWN;
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (!transaction.isReadOnly()) {
			forget();
		}
	}

	@Override
	public void start() {
		if (primary == null) {
			return;
		}
		running = true;
		listener = new Thread(this::listen, "data-revision-listener");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(2 * WAIT_MILLIS + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			listener = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		long pause = 1000;
		while (running) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				// what changed while nobody listened is not known: start from the database
				forget();
				listening = true;
				pause = 1000;
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
					if (received != null) {
						for (PGNotification notification : received) {
							announce(Long.parseLong(notification.getParameter()));
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Not listening for data changes ({}); reading the revision on every request", ex.toString());
				}
			}
			finally {
				listening = false;
				forget();
			}
			if (running) {
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException ex) {
					return;
				}
				pause = Math.min(pause * 2, 30_000);
			}
		}
	}

	/** Its own connection, outside the pool: it is held for as long as the application runs. */
	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(primary.getDataSourceProperties());
		if (primary.getUsername() != null) {
			properties.setProperty("user", primary.getUsername());
		}
		if (primary.getPassword() != null) {
			properties.setProperty("password", primary.getPassword());
		}
		properties.setProperty("ApplicationName", "parley data-revision listener");
		Connection connection = DriverManager.getConnection(primary.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

}
