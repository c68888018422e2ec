package org.parley.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After Parley was killed with {@code kill -9}, its PostgreSQL server keeps running on the
 * data directory and a new start would fail on {@code postmaster.pid}. This finds such a
 * server and shuts it down (fast mode, so it writes a clean checkpoint) before we start.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	/** zonky holds a lock on this file for as long as the JVM that started the server lives. */
	private static final String OWNER_LOCK = "epg-lock";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> server = serverProcess(dataDirectory);
		if (server.isEmpty()) {
			return;
		}
		try (RandomAccessFile lockFile = new RandomAccessFile(dataDirectory.resolve(OWNER_LOCK).toFile(), "rw");
				FileLock lock = lockFile.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The database in " + dataDirectory
						+ " is in use by another running Parley. Stop it first or set parley.database.embedded.data-directory.");
			}
			long pid = server.get().pid();
			log.warn("PostgreSQL (pid {}) left running by a previous Parley that did not shut down; stopping it", pid);
			signal("INT", pid);
			try {
				server.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not stop the leftover PostgreSQL server (pid " + pid + ")", ex);
			}
		}
	}

	/** The PostgreSQL server running on the data directory, if any. */
	static Optional<ProcessHandle> serverProcess(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile);
		}
		catch (IOException ex) {
			return Optional.empty(); // none, or it just went away
		}
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
	}

	private static void signal(String signal, long pid) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL", ex);
		}
	}

}
