package org.parley.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ParleyApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: the first page a visitor gets already shows the data loaded at start,
 * and a start that cannot load its data never opens the port nor creates an account.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessTest {

	private static final String PROPOSAL = "US 28-point peace plan";

	@TempDir
	Path temp;

	private final List<Process> children = new ArrayList<>();

	@AfterEach
	void stopChildren() throws InterruptedException {
		for (Process child : children) {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void fromTheFirstResponseOnPagesShowTheSampleData(CapturedOutput output) throws Exception {
		int port = freePort();
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
				() -> SpringApplication.run(ParleyApplication.class, "--server.port=" + port,
						"--spring.main.banner-mode=off"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (!accepts(port)) {
				assertThat(starting).as("Parley started").isNotCompletedExceptionally();
				assertThat(System.nanoTime()).as("port opened within 120 s").isLessThan(deadline);
				Thread.sleep(5);
			}
			// from the moment the port opens until well after start-up has finished
			int responses = 0;
			while (!starting.isDone() || responses < 20) {
				HttpResponse<String> overview = get(http, port, "/");
				assertThat(overview.statusCode()).as("overview, response " + responses).isEqualTo(200);
				assertThat(overview.body()).as("overview, response " + responses).contains(PROPOSAL);
				HttpResponse<String> proposal = get(http, port, "/proposals/us-28-point-plan");
				assertThat(proposal.statusCode()).as("proposal page, response " + responses).isEqualTo(200);
				responses++;
			}
			assertThat(output).contains("Parley is ready at http://localhost:" + port);
		}
		finally {
			starting.get(120, TimeUnit.SECONDS).close();
		}
	}

	@Test
	void aFailedImportOpensNoPortAndCreatesNoAccount() throws Exception {
		Path data = temp.resolve("postgres");
		Path broken = temp.resolve("broken.yaml");
		Files.writeString(broken, Files.readString(Path.of("src/test/resources/dataset/small.yaml"))
			.replace("party: us", "party: nowhere"));
		int port = freePort();

		Process parley = parley(data, port, "--import=" + broken);
		boolean portOpened = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (parley.isAlive() && System.nanoTime() < deadline) {
			portOpened |= accepts(port);
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
	void anExportRunOpensNoPortAndCreatesNoAccount() throws Exception {
		Path data = temp.resolve("postgres");
		Path export = temp.resolve("export.yaml");
		Process parley = parley(data, freePort(), "--export=" + export, "--parley.sample-data.enabled=false");
		assertThat(parley.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(temp.resolve("parley.log"));

		assertThat(parley.exitValue()).as(log).isZero();
		assertThat(export).exists();
		assertThat(log).doesNotContain("Tomcat started", "Parley is ready", "Created admin account");
		assertThat(count(data, "app_user")).isZero();
	}

	private Process parley(Path data, int port, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a short-lived child: the quick compiler and a single-threaded collector start it with less CPU
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParleyApplication.class.getName(),
				"--server.port=" + port, "--parley.database.embedded.data-directory=" + data,
				"--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(temp.resolve("parley.log").toFile())
			.start();
		children.add(process);
		return process;
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

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 100);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
