package org.parley.system;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Parley's own PostgreSQL server: reachable only from this machine, only with the password
 * kept in its data directory, logging to {@code <data directory>/log}, and started again
 * (same directory, same port, so the pool's URL stays valid) when its process dies.
 */
public final class EmbeddedDatabase implements Closeable {

	static final String USERNAME = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

	private final Path dataDirectory;

	private final boolean persistent;

	private volatile int port;

	private volatile String password;

	private volatile EmbeddedPostgres server;

	private volatile boolean closed;

	private EmbeddedDatabase(Path dataDirectory, boolean persistent, int port) {
		this.dataDirectory = dataDirectory;
		this.persistent = persistent;
		this.port = port;
	}

	/** Starts the server described by the properties; a blank data directory is thrown away at close. */
	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = properties.persistent() ? Path.of(properties.dataDirectory()).toAbsolutePath()
				: Files.createTempDirectory("parley-postgres");
		EmbeddedDatabase database = new EmbeddedDatabase(directory, properties.persistent(), properties.port());
		try {
			database.startServer();
		}
		catch (IOException | RuntimeException ex) {
			database.close();
			throw ex;
		}
		return database;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public String username() {
		return USERNAME;
	}

	public String password() {
		return password;
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/** The server process, while one runs. */
	public Optional<ProcessHandle> postmaster() {
		return OrphanedServer.serverProcess(dataDirectory);
	}

	private synchronized void startServer() throws IOException {
		Files.createDirectories(dataDirectory);
		OrphanedServer.stopIfRunning(dataDirectory);
		ServerAccess access = new ServerAccess(dataDirectory);
		boolean secured = access.isSecured();
		// initdb refuses a directory that holds anything, so a new cluster's password waits outside it
		Path initialPassword = access.isInitialised() ? null : access.initialPasswordFile();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setPort(port)
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setLocaleConfig("locale", "C.UTF-8")
			// only from this machine, over TCP (where pg_hba.conf asks for the password); no Unix socket
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("unix_socket_directories", "")
			// the server's own messages, kept for a week in <data directory>/log
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", "log")
			.setServerConfig("log_filename", "postgresql-%a.log")
			.setServerConfig("log_truncate_on_rotation", "on")
			.setServerConfig("log_rotation_age", "1d")
			// after a crash the server first replays its write-ahead log
			.setPGStartupWait(Duration.ofSeconds(60));
		if (initialPassword != null) {
			// zonky runs initdb with -A trust; options given later win, so a new cluster asks for the
			// password from its first moment and is never open to other local processes
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
		}
		if (secured || initialPassword != null) {
			builder.setConnectConfig("password", access.password());
		}
		if (persistent) {
			// zonky trades durability for speed (-F, synchronous_commit=off); a kept database must not
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		try {
			server = builder.start();
		}
		finally {
			if (initialPassword != null) {
				Files.deleteIfExists(initialPassword);
			}
		}
		port = server.getPort();
		if (!secured) {
			// a new cluster: its password goes into the data directory and pg_hba.conf becomes
			// Parley's; a cluster made by an earlier Parley, which trusted everyone, is secured here
			access.secure(server.getPostgresDatabase());
		}
		password = access.password();
		watch();
		log.info("PostgreSQL is listening on localhost:{}, data in {}", port, dataDirectory);
	}

	private void watch() {
		Optional<ProcessHandle> postmaster = postmaster();
		if (postmaster.isEmpty()) {
			throw new IllegalStateException("PostgreSQL started but wrote no postmaster.pid in " + dataDirectory);
		}
		long pid = postmaster.get().pid();
		postmaster.get().onExit().thenRun(() -> restartAfter(pid));
	}

	private void restartAfter(long pid) {
		if (closed) {
			return; // stopped by us
		}
		log.warn("PostgreSQL (pid {}) stopped unexpectedly; starting it again on port {}", pid, port);
		// its backends notice the death and exit within moments; a new server waits for them
		pause();
		while (!closed) {
			synchronized (this) {
				if (closed) {
					return;
				}
				try {
					stopServer();
					startServer();
					return;
				}
				catch (IOException | RuntimeException ex) {
					log.warn("Could not start PostgreSQL again, retrying in {} s: {}", RETRY_PAUSE.toSeconds(),
							ex.getMessage());
				}
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void stopServer() throws IOException {
		EmbeddedPostgres running = server;
		server = null;
		if (running != null) {
			running.close();
		}
	}

	@Override
	public void close() throws IOException {
		synchronized (this) {
			closed = true;
			stopServer();
		}
		if (!persistent) {
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
	}

	/** Opens a connection with the server's password, for checks and tests. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), USERNAME, password);
	}

}
