package org.parley.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;

import org.assertj.core.api.SoftAssertions;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.parley.source.SourceEditing;
import org.parley.support.FormFields;
import org.parley.support.LiveSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors' pages come from stored bytes with an ETag, a 304 for an unchanged page, gzip when
 * accepted, and the next change by an editor shows at once; editors never share a visitor's
 * copy nor a visitor an editor's. Over real HTTP, because the headers (and Tomcat's own
 * compression) are the point.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.admin.username=warden-q7", "parley.admin.password=correct horse battery" })
class SharedResponsesTest {

	static final String US = "/proposals/us-28-point-plan";

	static final String COMPARE = "/compare?versions=us-28-point-plan@1,e3-counter-proposal@1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	SourceEditing sources;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyReadingPageAnswersWithAnETagAndA304WhenUnchanged() {
		SoftAssertions softly = new SoftAssertions();
		for (String page : readingPages()) {
			HttpResponse<byte[]> first = send(get(page));
			softly.assertThat(first.statusCode()).as(page).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElse(null);
			softly.assertThat(etag).as("ETag of %s", page).isNotBlank();
			softly.assertThat(first.headers().firstValue("Cache-Control")).as(page).hasValue("no-cache");
			if (etag == null) {
				continue;
			}
			HttpResponse<byte[]> again = send(get(page).header("If-None-Match", etag));
			softly.assertThat(again.statusCode()).as("conditional GET of %s", page).isEqualTo(304);
			softly.assertThat(again.body()).as(page).isEmpty();
			softly.assertThat(again.headers().firstValue("ETag")).as(page).hasValue(etag);
			softly.assertThat(again.headers().firstValue("X-Frame-Options")).as("security headers on %s", page)
				.hasValue("DENY");
		}
		softly.assertAll();
	}

	@Test
	void theApiSearchFeedsAndExportsAnswerWithAnETagAndA304Too() {
		SoftAssertions softly = new SoftAssertions();
		for (String page : List.of("/api/v1/proposals", "/api/v1/proposals/us-28-point-plan/versions/1",
				"/api/v1/search?q=ceasefire", "/search?q=ceasefire", "/feed", "/events?format=csv",
				"/positions?format=json")) {
			HttpResponse<byte[]> first = send(HttpRequest.newBuilder(URI.create(base() + page)));
			softly.assertThat(first.statusCode()).as(page).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElse(null);
			softly.assertThat(etag).as("ETag of %s", page).isNotBlank();
			if (etag != null) {
				softly.assertThat(send(HttpRequest.newBuilder(URI.create(base() + page)).header("If-None-Match", etag))
					.statusCode()).as("conditional GET of %s", page).isEqualTo(304);
			}
		}
		softly.assertAll();
	}

	@Test
	void anApiAnswerFromTheStoreKeepsItsCorsHeaderAndCacheControlForEachOrigin() {
		String page = "/api/v1/topics";
		for (String origin : List.of("https://one.example", "https://two.example", "https://one.example")) {
			HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(URI.create(base() + page)).header("Origin", origin));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(origin).hasValue(origin);
			assertThat(answer.headers().firstValue("ETag")).as(origin).isPresent();
			assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
			assertThat(answer.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("origin"));
		}
		HttpResponse<byte[]> sameSite = send(HttpRequest.newBuilder(URI.create(base() + page)));
		assertThat(sameSite.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void gzipIsServedWhenAcceptedAndHoldsThePage() {
		SoftAssertions softly = new SoftAssertions();
		for (String page : List.of(US + "/versions/1", COMPARE, "/")) {
			HttpResponse<byte[]> plain = send(get(page));
			HttpResponse<byte[]> zipped = send(get(page).header("Accept-Encoding", "gzip"));
			softly.assertThat(plain.headers().firstValue("Content-Encoding")).as(page).isEmpty();
			softly.assertThat(zipped.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
			softly.assertThat(zipped.headers().allValues("Vary").toString()).as(page).contains("Accept-Encoding");
			softly.assertThat(zipped.body().length).as(page).isLessThan(plain.body().length / 2);
			softly.assertThat(gunzip(zipped.body())).as(page).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
			softly.assertThat(zipped.headers().firstValue("ETag")).as("a representation of its own")
				.isNotEqualTo(plain.headers().firstValue("ETag"));
			String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
			softly.assertThat(send(get(page).header("Accept-Encoding", "gzip").header("If-None-Match", zippedTag))
				.statusCode()).as(page).isEqualTo(304);
		}
		softly.assertAll();
	}

	@Test
	void headAnswersTheHeadersWithoutTheBody() {
		String page = US + "/versions/1";
		HttpResponse<byte[]> get = send(get(page));
		HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(base() + page))
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
	}

	@Test
	void aStoredPageCostsNoStatementWhileTheDatabaseAnnouncesChanges() {
		String page = US + "/versions/1/points/1";
		assertThat(send(get(page)).statusCode()).isEqualTo(200);
		assertThat(send(get(page)).statusCode()).isEqualTo(200);
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<byte[]> hit = send(get(page));
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(new String(hit.body(), StandardCharsets.UTF_8)).contains("<main");
		assertThat(statistics.getPrepareStatementCount()).as("the revision is known: no round trip").isZero();
		assertThat(statistics.getTransactionCount()).isZero();
	}

	@Test
	void aChangeCommittedByAnotherInstanceShowsOnTheNextVisitorsPage() throws InterruptedException {
		String key = jdbc.queryForObject("select max(key) from source", String.class);
		String page = "/sources/" + key;
		assertThat(text(send(get(page)))).doesNotContain("Retitled elsewhere");
		assertThat(text(send(get(page)))).doesNotContain("Retitled elsewhere");

		// a plain autocommit statement, as another instance's write reaches this one: only the
		// database's announcement tells this instance that its kept revision is old
		jdbc.update("update source set title = 'Retitled elsewhere' where key = ?", key);

		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
		String after = text(send(get(page)));
		while (!after.contains("Retitled elsewhere") && System.nanoTime() < deadline) {
			Thread.sleep(20);
			after = text(send(get(page)));
		}
		assertThat(after).contains("Retitled elsewhere");
	}

	@Test
	void anEditorsChangeShowsOnTheNextVisitorsPage() {
		String key = jdbc.queryForObject("select min(key) from source", String.class);
		String page = "/sources/" + key;
		HttpResponse<byte[]> before = send(get(page));
		assertThat(text(before)).doesNotContain("Retitled by an editor");

		LiveSession editor = LiveSession.loggedIn(port, "warden-q7", "correct horse battery");
		var fields = FormFields.with(FormFields.of(sources.form(key)), "title", "Retitled by an editor");
		assertThat(editor.post(page + "/edit", fields).statusCode()).isEqualTo(302);

		HttpResponse<byte[]> after = send(get(page).header("If-None-Match", before.headers().firstValue("ETag").orElseThrow()));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(text(after)).contains("Retitled by an editor");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
	}

	@Test
	void editorsAndVisitorsNeverShareAPage() {
		String page = US + "/versions/1";
		LiveSession editor = LiveSession.loggedIn(port, "warden-q7", "correct horse battery");
		// the editor first: what the editor sees is never kept for visitors
		assertThat(editor.get(page).body()).contains("/logout", "/proposals/us-28-point-plan/versions/new");
		String visitors = text(send(get(page)));
		assertThat(visitors).doesNotContain("/logout", "versions/new", "warden-q7").contains("/login");
		// a visitor's copy exists now: the editor still gets the editor's page
		HttpResponse<String> editorsAgain = editor.get(page);
		assertThat(editorsAgain.body()).contains("/logout", "/proposals/us-28-point-plan/versions/new");
		assertThat(editorsAgain.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		// and the visitor still gets the visitor's
		assertThat(text(send(get(page)))).isEqualTo(visitors);
	}

	@Test
	void editorsPagesAreRenderedAfreshAndCompressed() {
		String page = US + "/versions/1";
		LiveSession editor = LiveSession.loggedIn(port, "warden-q7", "correct horse battery");
		var zipped = editor.send(HttpRequest.newBuilder(URI.create(base() + page)).header("Accept-Encoding", "gzip").build());
		assertThat(zipped.statusCode()).isEqualTo(200);
		assertThat(zipped.headers().firstValue("Content-Encoding")).as("Tomcat's compression").hasValue("gzip");
		assertThat(zipped.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	@Test
	void theCsvExportDownloadsFromTheStoredCopy() {
		String csv = COMPARE + "&format=csv";
		HttpResponse<byte[]> first = send(get(csv));
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<byte[]> second = send(get(csv));
		assertThat(statistics.getPrepareStatementCount()).as("served from the stored copy").isZero();
		for (HttpResponse<byte[]> response : List.of(first, second)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
				.contains("attachment", "parley-comparison.csv");
		}
		assertThat(second.body()).isEqualTo(first.body());
	}

	/**
	 * The language chosen in the header travels in a cookie: each language has its own stored
	 * copy and ETag, a reader who chose Ukrainian never gets the English copy (nor a 304 for it)
	 * and the other way round, and the copies tell shared caches that they vary on the cookie.
	 */
	@Test
	void eachInterfaceLanguageHasItsOwnStoredCopyAndETag() {
		SoftAssertions softly = new SoftAssertions();
		for (String page : List.of("/", US + "/versions/1", COMPARE)) {
			HttpResponse<byte[]> ukrainian = send(get(page).header("Cookie", "parley-language=uk"));
			HttpResponse<byte[]> english = send(get(page));
			HttpResponse<byte[]> ukrainianAgain = send(get(page).header("Cookie", "parley-language=uk"));
			HttpResponse<byte[]> englishAgain = send(get(page).header("Accept-Language", "en"));
			softly.assertThat(text(ukrainian)).as(page).contains("<html lang=\"uk\"");
			softly.assertThat(text(ukrainianAgain)).as("%s from the store", page).contains("<html lang=\"uk\"");
			softly.assertThat(text(english)).as(page).contains("<html lang=\"en\"");
			softly.assertThat(text(englishAgain)).as("%s from the store", page).contains("<html lang=\"en\"");
			String ukTag = ukrainian.headers().firstValue("ETag").orElseThrow();
			String enTag = english.headers().firstValue("ETag").orElseThrow();
			softly.assertThat(ukTag).as(page).isNotEqualTo(enTag);
			softly.assertThat(ukrainianAgain.headers().firstValue("ETag")).as(page).hasValue(ukTag);
			softly.assertThat(ukrainian.headers().firstValue("Vary")).as(page)
				.hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Language", "Cookie"));

			// a browser revalidating the English copy after choosing Ukrainian gets the Ukrainian page
			HttpResponse<byte[]> switched = send(get(page).header("Cookie", "parley-language=uk")
				.header("If-None-Match", enTag));
			softly.assertThat(switched.statusCode()).as(page).isEqualTo(200);
			softly.assertThat(text(switched)).as(page).contains("<html lang=\"uk\"");
			softly.assertThat(send(get(page).header("If-None-Match", ukTag)).statusCode()).as(page).isEqualTo(200);
			softly.assertThat(send(get(page).header("Cookie", "parley-language=uk").header("If-None-Match", ukTag))
				.statusCode()).as(page).isEqualTo(304);
			softly.assertThat(send(get(page).header("If-None-Match", enTag)).statusCode()).as(page).isEqualTo(304);
		}
		softly.assertAll();
	}

	@Test
	void theLanguageSwitchIsNeverStoredAndLeavesTheStoredPagesAlone() {
		HttpResponse<byte[]> before = send(get("/sources"));
		HttpResponse<byte[]> switched = send(get("/sources?ui=uk"));
		assertThat(switched.statusCode()).isEqualTo(303);
		assertThat(switched.headers().firstValue("Location")).hasValue("/sources");
		assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("parley-language=uk").contains("HttpOnly"));
		assertThat(switched.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(send(get("/sources?ui=uk")).statusCode()).as("asked again").isEqualTo(303);
		HttpResponse<byte[]> after = send(get("/sources"));
		assertThat(after.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
		assertThat(text(after)).contains("<html lang=\"en\"");
	}

	private List<String> readingPages() {
		List<String> pages = new ArrayList<>(List.of("/", "/proposals", US, US + "/versions/1", US + "/versions/1/points/1",
				"/parties", "/topics", "/events", "/sources", COMPARE, "/compare", "/positions",
				"/diff?from=us-28-point-plan@1&to=e3-counter-proposal@1"));
		pages.add("/parties/" + jdbc.queryForObject("select min(slug) from party", String.class));
		pages.add("/topics/" + jdbc.queryForObject("select min(slug) from topic", String.class));
		pages.add("/events/" + jdbc.queryForObject("select min(slug) from event", String.class));
		pages.add("/sources/" + jdbc.queryForObject("select min(key) from source", String.class));
		return pages;
	}

	private HttpRequest.Builder get(String page) {
		return HttpRequest.newBuilder(URI.create(base() + page)).header("Accept", "text/html");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static String gunzip(byte[] bytes) {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
