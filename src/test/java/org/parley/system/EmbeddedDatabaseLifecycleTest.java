package org.parley.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ParleyApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database as a person running {@code ./mvnw spring-boot:run} meets it: kept
 * across restarts, durable, surviving a {@code kill -9} of Parley, stopped by Ctrl-C.
 * Parley runs in child JVMs here so that it can really be killed.
 */
class EmbeddedDatabaseLifecycleTest {

	@TempDir
	Path temp;

	private final List<Process> children = new ArrayList<>();

	@Test
	void aKeptDataDirectoryIsWrittenDurably() throws Exception {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		try (EmbeddedPostgres postgres = configuration
			.embeddedPostgres(new EmbeddedDatabaseProperties(temp.resolve("db").toString(), 0));
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void dataSurvivesKill9OfParleyAndCtrlCStopsTheServer() throws Exception {
		Path data = temp.resolve("postgres");
		Path export = temp.resolve("export.yaml");

		// 1. first run imports some data, then is killed without any chance to clean up
		Process first = parley(data, "--import=" + Path.of("src/test/resources/dataset/small.yaml").toAbsolutePath());
		awaitLine(first, "Imported ");
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Optional<ProcessHandle> orphan = postmaster(data);
		assertThat(orphan).as("PostgreSQL outlives a kill -9 of Parley").isPresent();

		// 2. the next run stops the orphan, starts its own server and finds the data
		Process second = parley(data, "--export=" + export);
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("export run finished").isTrue();
		assertThat(second.exitValue()).isZero();
		assertThat(orphan.get().isAlive()).isFalse();
		assertThat(Files.readString(export)).contains("slug: us-plan", "slug: e3-plan");
		assertThat(postmaster(data)).as("a clean exit stops PostgreSQL").isEmpty();

		// 3. SIGTERM (what Ctrl-C and service managers send) shuts both down cleanly
		Process third = parley(data);
		awaitLine(third, "Started ParleyApplication");
		ProcessHandle server = postmaster(data).orElseThrow();
		third.destroy();
		assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (Process child : children) {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Path data = temp.resolve("postgres");
		Optional<ProcessHandle> leftover = postmaster(data);
		if (leftover.isPresent()) {
			new ProcessBuilder("kill", "-INT", Long.toString(leftover.get().pid())).start().waitFor();
			leftover.get().onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private Process parley(Path data, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ParleyApplication.class.getName(), "--server.port=0",
				"--parley.database.embedded.data-directory=" + data, "--parley.sample-data.enabled=false",
				"--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		children.add(process);
		return process;
	}

	private static void awaitLine(Process process, String expected) throws Exception {
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					output.add(line);
				}
			}
			catch (IOException ignored) {
				// the process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (output.stream().noneMatch(line -> line.contains(expected))) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("Parley never logged '" + expected + "':\n" + String.join("\n", output));
			}
			Thread.sleep(200);
		}
	}

	private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		String pid = Files.readAllLines(pidFile).get(0).trim();
		return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
