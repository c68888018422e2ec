package org.parley.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.parley.draft.Drafts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors never see an editor's page or a draft's text, however the address is
 * spelled. Through a real Tomcat, because MockMvc does not decode the path the way Tomcat
 * does, and the hole this closes was exactly that difference ({@code /%65dit} routed to
 * {@code /edit}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.admin.username=chief", "parley.admin.password=correct horse battery" })
@Import(DraftPrivacyOverHttpTest.GuardedOnlyByMethodSecurity.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftPrivacyOverHttpTest {

	static final String US = "us-28-point-plan";

	/** In the draft's title, its points' titles and texts, and a statement about it; never on an anonymous page. */
	static final String MARKER = "UNPUBLISHED-7f3a9c";

	@LocalServerPort
	int port;

	@Autowired
	Drafts drafts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	int draft;

	String label;

	Map<String, String> values;

	@BeforeAll
	void draftWithSecretText() {
		String path = drafts.createFrom(US, 1, null);
		draft = Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
		long version = jdbc.queryForObject("select v.id from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = ? and v.number = ?", Long.class, US, draft);
		jdbc.update("update proposal_version set title = ? where id = ?", "Draft " + MARKER, version);
		jdbc.update("update point set text = text || ' ' || ?, title = ? where version_id = ?", MARKER, MARKER, version);
		label = jdbc.queryForObject("select label from point where version_id = ? order by ordinal limit 1", String.class,
				version);
		// a statement about a draft's point: the statement pages must leave it out
		jdbc.update("""
				insert into position (party_id, stance, stated_on, target_point_id, paraphrase, source_id)
				select (select min(id) from party), 'SUPPORTS', current_date,
				       (select min(id) from point where version_id = ?), ?, (select min(id) from source)
				""", version, "Statement " + MARKER);
		// a whole proposal that exists only as a draft
		jdbc.update("insert into proposal (slug, name) values ('secret-plan', ?)", "Plan " + MARKER);
		jdbc.update("insert into proposal_party (proposal_id, party_id) select p.id, (select min(id) from party) "
				+ "from proposal p where p.slug = 'secret-plan'");
		jdbc.update("""
				insert into proposal_version (proposal_id, number, title, issued_on, date_precision, provenance,
				    completeness, status)
				select id, 1, ?, current_date, 'EXACT', 'LEAKED', 'COMPLETE', 'DRAFT' from proposal where slug = 'secret-plan'
				""", "Secret " + MARKER);
		jdbc.update("""
				insert into point (version_id, label, ordinal, title, text)
				select v.id, '1', 1, ?, ? from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = 'secret-plan'
				""", MARKER, MARKER);
		values = Map.of("proposal", US, "number", String.valueOf(draft), "version", String.valueOf(draft), "key",
				jdbc.queryForObject("select min(key) from source", String.class), "slug",
				jdbc.queryForObject("select min(slug) from event", String.class), "id",
				String.valueOf(jdbc.queryForObject("select max(id) from position", Long.class)));
	}

	/** The control: an editor who logs in sees the marker, so its absence below means something. */
	@Test
	void editorsSeeTheDraftText() throws Exception {
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String form = editor.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = editor.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=chief&password="
					+ URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> page = editor.send(get(draftPath() + "/edit"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(MARKER);
	}

	@Test
	void everyEditorsPageRefusesAnonymousVisitorsHoweverItIsSpelled() throws Exception {
		List<String> tried = new ArrayList<>();
		for (String path : editorGetPaths()) {
			for (String variant : variants(path)) {
				String address = variant + (variant.contains("?") ? "&" : "?") + "from=1&index=0";
				HttpResponse<String> response = anonymous.send(get(address), HttpResponse.BodyHandlers.ofString());
				assertRefused(address, response);
				tried.add(address);
			}
		}
		assertThat(tried).contains(draftPath() + "/%65dit?from=1&index=0", draftPath() + "/%65dit/point?from=1&index=0",
				draftPath() + "/%63hanges?from=1&index=0", draftPath() + "/%68istory?from=1&index=0",
				draftPath() + "/%70aste?from=1&index=0", "/proposals/%6eew?from=1&index=0",
				"/sources/%6eew?from=1&index=0", "/positions/%6eew?from=1&index=0", "/events/%6eew?from=1&index=0",
				"/proposals/" + US + "/versions/%6eew?from=1&index=0", "/admin/%75sers?from=1&index=0",
				"/guarded-by-method-security-only?from=1&index=0");
	}

	@Test
	void noReadingPageShowsADraft() throws Exception {
		String v = US + "@" + draft;
		SoftAssertions softly = new SoftAssertions();
		for (String path : List.of("/", "/proposals", "/proposals/" + US, draftPath(), draftPath() + "/points/" + label,
				"/proposals/secret-plan", "/proposals/secret-plan/versions/1", "/proposals/secret-plan/versions/1/points/1",
				"/compare?versions=" + US + "@1," + v, "/compare?versions=" + US + "@1," + v + "&format=csv",
				"/compare?versions=" + US + "@1,secret-plan@1", "/compare", "/diff?from=" + US + "@1&to=" + v,
				"/diff?from=" + v + "&to=" + US + "@1", "/positions", "/positions?version=" + v,
				"/positions/statements?party=" + jdbc.queryForObject("select slug from party order by id limit 1",
						String.class), "/positions/statements?party=us&version=" + v, "/topics", "/parties",
				"/parties/" + jdbc.queryForObject("select slug from party where id = (select min(id) from party)",
						String.class), "/events",
				"/sources", "/sources/" + jdbc.queryForObject("select min(key) from source", String.class))) {
			HttpResponse<String> response = anonymous.send(get(path), HttpResponse.BodyHandlers.ofString());
			softly.assertThat(response.statusCode()).as(path).isLessThan(500);
			softly.assertThat(response.body()).as(path).doesNotContain(MARKER);
		}
		softly.assertThat(anonymous.send(get(draftPath()), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
		softly.assertAll();
	}

	private void assertRefused(String address, HttpResponse<String> response) {
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		assertThat(Set.of(400, 401, 403, 404).contains(status) || (status == 302 && location.endsWith("/login")))
			.as("anonymous GET %s answered %s %s", address, status, location)
			.isTrue();
		assertThat(response.body()).as(address).doesNotContain(MARKER);
	}

	/** Every GET page that editors' rules or method security guard, with real values for its variables. */
	private Set<String> editorGetPaths() {
		Set<String> paths = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				String path = fill(pattern);
				HandlerMethod handler = entry.getValue();
				if (EditorPages.isEditorPage(path) || path.startsWith("/admin")
						|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

	private String fill(String pattern) {
		Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, values.getOrDefault(variable.group(1), "1"));
		}
		return variable.appendTail(path).toString();
	}

	/**
	 * The path as written, each literal segment percent-encoded, upper-cased and with a path
	 * parameter, a doubled slash and a trailing slash.
	 */
	private List<String> variants(String path) {
		List<String> variants = new ArrayList<>(List.of(path, path + "/", path.replaceFirst("/([^/]*)$", "//$1")));
		String[] segments = path.substring(1).split("/");
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			if (values.containsValue(segment) || !segment.matches("[a-z-]+")) {
				continue;
			}
			String encoded = "%" + Integer.toHexString(segment.charAt(0)) + segment.substring(1);
			variants.add(replaced(segments, i, encoded));
			variants.add(replaced(segments, i, segment.toUpperCase(Locale.ROOT)));
			variants.add(replaced(segments, i, segment + ";x=1"));
		}
		return variants;
	}

	private static String replaced(String[] segments, int index, String segment) {
		String[] copy = segments.clone();
		copy[index] = segment;
		return "/" + String.join("/", copy);
	}

	private String draftPath() {
		return "/proposals/" + US + "/versions/" + draft;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		// as written: URI.create sends percent-encoding as is
		return URI.create("http://localhost:" + port + path);
	}

	/** A page with no URL rule, so only its @PreAuthorize stands between it and anonymous visitors. */
	@Controller
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
	static class GuardedOnlyByMethodSecurity {

		@GetMapping("/guarded-by-method-security-only")
		@ResponseBody
		String secret() {
			return MARKER;
		}

	}

}
