package org.parley.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.parley.ParleyApplication;
import org.parley.support.ChildJvms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as a person running {@code ./mvnw spring-boot:run} meets it: kept
 * across restarts, durable, locked with a password, started again when its server dies.
 * Parley as a process of its own (kill -9, Ctrl-C) is {@link ParleyProcessTest}.
 */
@ResourceLock(ChildJvms.CPU)
class EmbeddedDatabaseLifecycleTest {

	@TempDir
	Path temp;

	@Test
	void aKeptDataDirectoryIsWrittenDurably() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase
			.start(new EmbeddedDatabaseProperties(temp.resolve("db").toString(), 0));
				Connection connection = database.connect();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void onlyParleyWithThePasswordFromItsOwnerOnlyFileGetsIn() throws Exception {
		Path data = temp.resolve("db");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.toString(), 0))) {
			assertRefused(database.jdbcUrl(), "");
			assertRefused(database.jdbcUrl(), "postgres");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				assertThat(setting(statement, "listen_addresses")).isEqualTo("localhost");
				assertThat(setting(statement, "unix_socket_directories")).isEmpty();
			}
			Path passwordFile = data.resolve("parley-password");
			assertThat(Files.readString(passwordFile).strip()).isEqualTo(database.password()).hasSizeGreaterThan(20);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
			assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
		}
		// the next start reuses the password, and the server's own log stayed in the data directory
		try (EmbeddedDatabase again = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.toString(), 0));
				Connection connection = again.connect()) {
			assertThat(again.password()).isEqualTo(Files.readString(data.resolve("parley-password")).strip());
		}
		try (Stream<Path> logs = Files.list(data.resolve("log"))) {
			String log = logs.filter(file -> file.getFileName().toString().matches("postgresql-.*\\.log"))
				.map(EmbeddedDatabaseLifecycleTest::read)
				.collect(Collectors.joining());
			assertThat(log).contains("password authentication failed for user \"postgres\"", "database system is shut down");
		}
	}

	@Test
	void aNewClusterAsksForThePasswordFromItsFirstMoment() throws Exception {
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String url = "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=1";
		CompletableFuture<EmbeddedDatabase> starting = CompletableFuture
			.supplyAsync(() -> {
				try {
					return EmbeddedDatabase.start(new EmbeddedDatabaseProperties(temp.resolve("new").toString(), port));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		// a local process trying without a password the whole time the server comes up
		List<String> admitted = new ArrayList<>();
		int refused = 0;
		while (!starting.isDone()) {
			try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
				admitted.add("connected without a password");
			}
			catch (SQLException ex) {
				if (ex.getMessage().contains("password")) {
					refused++;
				}
			}
		}
		try (EmbeddedDatabase database = starting.get(); Connection connection = database.connect()) {
			assertThat(admitted).isEmpty();
			assertThat(refused).as("attempts that reached the running server").isPositive();
		}
		try (Stream<Path> leftovers = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(leftovers.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.startsWith("parley-initdb"));
		}
	}

	@Test
	void aDataDirectoryThatTrustedEveryoneIsSecuredInPlace() throws Exception {
		Path data = temp.resolve("db");
		// what every earlier Parley left behind: zonky's initdb with "trust" for all local connections
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start(); Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('from before')");
		}
		assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.toString(), 0))) {
			assertRefused(database.jdbcUrl(), "");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement();
					ResultSet kept = statement.executeQuery("select note from kept")) {
				assertThat(kept.next()).isTrue();
				assertThat(kept.getString(1)).isEqualTo("from before");
			}
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("parley-password"))))
				.isEqualTo("rw-------");
			assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
		}
	}

	@Test
	void aKilledDatabaseIsStartedAgainAndPagesComeBack() throws Exception {
		Path data = temp.resolve("postgres");
		ConfigurableApplicationContext parley = SpringApplication.run(ParleyApplication.class, "--server.port=0",
				"--parley.database.embedded.data-directory=" + data, "--spring.main.banner-mode=off");
		try {
			int port = ((WebServerApplicationContext) parley).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			assertThat(get(http, port, "/").body()).contains("US 28-point peace plan");
			ProcessHandle killed = OrphanedServer.serverProcess(data).orElseThrow();

			killed.destroyForcibly(); // kill -9
			killed.onExit().get(10, TimeUnit.SECONDS);

			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			HttpResponse<String> page;
			do {
				Thread.sleep(50);
				assertThat(System.nanoTime()).as("pages came back within 60 s").isLessThan(deadline);
				page = get(http, port, "/proposals/us-28-point-plan");
				assertThat(page.statusCode()).as("while the database restarts: 503, never 500").isIn(200, 503);
			}
			while (page.statusCode() != 200);
			assertThat(page.body()).contains("US 28-point peace plan");
			assertThat(get(http, port, "/").body()).contains("US 28-point peace plan");
			assertThat(get(http, port, "/actuator/health").statusCode()).isEqualTo(200);
			assertThat(OrphanedServer.serverProcess(data).orElseThrow().pid()).isNotEqualTo(killed.pid());
		}
		finally {
			long start = System.nanoTime();
			parley.close();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stop time").isLessThan(Duration.ofSeconds(5));
		}
		assertThat(OrphanedServer.serverProcess(data)).isEmpty();
	}

	@Test
	void healthIsDownWithinSecondsWhileTheDatabaseIsGone() throws Exception {
		ConfigurableApplicationContext parley = SpringApplication.run(ParleyApplication.class, "--server.port=0",
				"--parley.database.embedded.data-directory=" + temp.resolve("postgres"), "--spring.main.banner-mode=off",
				"--parley.sample-data.enabled=false");
		try {
			int port = ((WebServerApplicationContext) parley).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			assertThat(get(http, port, "/actuator/health").statusCode()).isEqualTo(200);
			EmbeddedDatabase database = parley.getBean(EmbeddedDatabase.class);
			// holding the database's monitor keeps it from starting again while we look
			synchronized (database) {
				ProcessHandle server = OrphanedServer.serverProcess(temp.resolve("postgres")).orElseThrow();
				server.destroyForcibly();
				server.onExit().get(10, TimeUnit.SECONDS);
				// three visitors at once: each waits out the pool's 3 s for a connection on its own
				long start = System.nanoTime();
				CompletableFuture<Duration> health = sendAsync(http, port, "/actuator/health")
					.thenApply(answer -> {
						assertThat(answer.statusCode()).isEqualTo(503);
						return Duration.ofNanos(System.nanoTime() - start);
					});
				CompletableFuture<HttpResponse<String>> page = sendAsync(http, port, "/sources");
				// the login page needs no data, but its session is saved to the database by a filter
				CompletableFuture<HttpResponse<String>> login = sendAsync(http, port, "/login");

				assertThat(health.get()).isLessThan(Duration.ofSeconds(6));
				assertThat(page.get().statusCode()).isEqualTo(503);
				assertThat(page.get().headers().firstValue("Retry-After")).contains("5");
				assertThat(page.get().body()).contains("Back in a moment").doesNotContain("Exception");
				assertThat(login.get().statusCode()).isEqualTo(503);
				assertThat(login.get().body()).contains("Back in a moment");
			}
		}
		finally {
			parley.close();
		}
	}

	@AfterEach
	void stopEverything() throws Exception {
		Path data = temp.resolve("postgres");
		Optional<ProcessHandle> leftover = OrphanedServer.serverProcess(data);
		if (leftover.isPresent()) {
			new ProcessBuilder("kill", "-INT", Long.toString(leftover.get().pid())).start().waitFor();
			leftover.get().onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private static void assertRefused(String url, String password) {
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", password).close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password");
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return sendAsync(http, port, path).get();
	}

	private static CompletableFuture<HttpResponse<String>> sendAsync(HttpClient http, int port, String path) {
		return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
