package org.parley.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.parley.ParleyApplication;
import org.parley.support.Ports;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: the first page a visitor gets already shows the data loaded at start.
 * A start that cannot load its data never opens the port nor creates an account:
 * {@link ParleyProcessTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessTest {

	private static final String PROPOSAL = "US 28-point peace plan";

	@Test
	void fromTheFirstResponseOnPagesShowTheSampleData(CapturedOutput output) throws Exception {
		int port = Ports.free();
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
				() -> SpringApplication.run(ParleyApplication.class, "--server.port=" + port,
						"--spring.main.banner-mode=off"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (!Ports.accepts(port)) {
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



	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
