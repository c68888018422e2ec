package org.parley.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.parley.ParleyApplication;
import org.parley.support.ChildJvms;
import org.parley.support.Ports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley as a process of its own, as {@code ./mvnw spring-boot:run} or {@code java -jar} runs it:
 * a {@code kill -9} leaves the data intact, Ctrl-C stops Parley and its database, and a start
 * that cannot load its data, or only exports it, never opens the port nor creates an account.
 *
 * <p>Each test starts Parley in child JVMs and mostly waits for them, so this class runs beside
 * the other tests ({@code CONCURRENT}; its own tests one after another). The children have
 * their own data directories, ports and temporary directory (initdb's password file, which
 * {@code EmbeddedDatabaseLifecycleTest} checks is never left behind in this JVM's).
 */
@ResourceLock(ChildJvms.CPU)
@Execution(ExecutionMode.CONCURRENT)
class ParleyProcessTest {

	@TempDir
	Path temp;

	private final List<Process> children = new ArrayList<>();

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void dataSurvivesKill9OfParleyAndCtrlCStopsTheServer() throws Exception {
		Path data = temp.resolve("postgres");
		Path export = temp.resolve("export.yaml");

		// 1. first run imports some data, then is killed without any chance to clean up
		Process first = parley("first", data, "--server.port=0", "--parley.sample-data.enabled=false",
				"--import=" + Path.of("src/test/resources/dataset/small.yaml").toAbsolutePath());
		awaitLine(first, "first", "Imported ");
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Optional<ProcessHandle> orphan = OrphanedServer.serverProcess(data);
		assertThat(orphan).as("PostgreSQL outlives a kill -9 of Parley").isPresent();

		// 2. the next run stops the orphan, starts its own server and finds the data
		Process second = parley("second", data, "--server.port=0", "--parley.sample-data.enabled=false",
				"--export=" + export);
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("export run finished").isTrue();
		assertThat(second.exitValue()).isZero();
		assertThat(orphan.get().isAlive()).isFalse();
		assertThat(Files.readString(export)).contains("slug: us-plan", "slug: e3-plan");
		assertThat(OrphanedServer.serverProcess(data)).as("a clean exit stops PostgreSQL").isEmpty();

		// 3. SIGTERM (what Ctrl-C and service managers send) shuts both down cleanly
		Process third = parley("third", data, "--server.port=0", "--parley.sample-data.enabled=false");
		awaitLine(third, "third", "Started ParleyApplication");
		ProcessHandle server = OrphanedServer.serverProcess(data).orElseThrow();
		third.destroy();
		assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void aFailedImportOpensNoPortAndCreatesNoAccount() throws Exception {
		Path data = temp.resolve("postgres");
		Path broken = temp.resolve("broken.yaml");
		Files.writeString(broken, Files.readString(Path.of("src/test/resources/dataset/small.yaml"))
			.replace("party: us", "party: nowhere"));
		int port = Ports.free();

		Process parley = parley("parley", data, "--server.port=" + port, "--import=" + broken);
		boolean portOpened = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (parley.isAlive() && System.nanoTime() < deadline) {
			portOpened |= Ports.accepts(port);
			// a 1 ms pause leaves the CPU to the child; an opened port would stay open far longer
			Thread.sleep(1);
		}
		assertThat(parley.waitFor(10, TimeUnit.SECONDS)).as("Parley gave up").isTrue();
		String log = Files.readString(temp.resolve("parley.log"));

		assertThat(parley.exitValue()).as(log).isNotZero();
		assertThat(portOpened).as("the port was never opened").isFalse();
		assertThat(log).contains("nowhere").doesNotContain("Tomcat started", "Parley is ready", "Created admin account");
		assertThat(count(data, "app_user")).isZero();
		assertThat(count(data, "party")).as("nothing of the file was loaded").isZero();
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void anExportRunOpensNoPortAndCreatesNoAccount() throws Exception {
		Path data = temp.resolve("postgres");
		Path export = temp.resolve("export.yaml");
		Process parley = parley("parley", data, "--server.port=" + Ports.free(), "--export=" + export,
				"--parley.sample-data.enabled=false");
		assertThat(parley.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(temp.resolve("parley.log"));

		assertThat(parley.exitValue()).as(log).isZero();
		assertThat(export).exists();
		assertThat(log).doesNotContain("Tomcat started", "Parley is ready", "Created admin account");
		assertThat(count(data, "app_user")).isZero();
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (Process child : children) {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Optional<ProcessHandle> leftover = OrphanedServer.serverProcess(temp.resolve("postgres"));
		if (leftover.isPresent()) {
			new ProcessBuilder("kill", "-INT", Long.toString(leftover.get().pid())).start().waitFor();
			leftover.get().onExit().get(30, TimeUnit.SECONDS);
		}
	}

	/** Parley in a child JVM with its output in {@code <name>.log}. */
	private Process parley(String name, Path data, String... arguments) throws IOException {
		Path tmp = Files.createDirectories(temp.resolve("tmp"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a short-lived child: the quick compiler and a single-threaded collector start it with less CPU
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				// a temporary directory of its own, but the PostgreSQL binaries this JVM already unpacked
				"-Djava.io.tmpdir=" + tmp,
				"-Dot.epg.working-dir=" + Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"),
				"-cp", System.getProperty("java.class.path"), ParleyApplication.class.getName(),
				"--parley.database.embedded.data-directory=" + data, "--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(temp.resolve(name + ".log").toFile())
			.start();
		children.add(process);
		return process;
	}

	private void awaitLine(Process process, String name, String expected) throws Exception {
		Path log = temp.resolve(name + ".log");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!Files.readString(log).contains(expected)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("Parley never logged '" + expected + "':\n" + Files.readString(log));
			}
			Thread.sleep(20);
		}
	}

	private static long count(Path data, String table) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.toString(), 0));
				Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from " + table)) {
			result.next();
			return result.getLong(1);
		}
	}




}
