package org.parley.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import org.parley.support.ReadingPageTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public JSON API as a program uses it, anonymously: every path the OpenAPI document lists
 * answers JSON with a Cache-Control header and nothing of a draft; errors are problem details;
 * any origin may read it.
 */
class ApiTest extends ReadingPageTest {

	@Autowired
	JsonMapper json;

	/** What the test world's draft (plan@3) says, in its title, points and the statement on it. */
	private static final List<String> DRAFT_CONTENT = List.of("Unfinished draft", "Russia welcomed a line of the draft");

	@Test
	void everyDocumentedPathAnswersJsonWithCacheControlAndNoDraft() throws Exception {
		MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).hasStatusOk();
		JsonNode paths = json.readTree(docs.getResponse().getContentAsString()).get("paths");
		List<String> listed = new ArrayList<>();
		paths.propertyNames().forEach(listed::add);
		assertThat(listed).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"))
			.contains("/api/v1/proposals", "/api/v1/proposals/{proposal}/versions/{version}/points/{label}",
					"/api/v1/positions", "/api/v1/compare", "/api/v1/diff", "/api/v1/parties/{party}",
					"/api/v1/topics/{topic}", "/api/v1/events/{event}", "/api/v1/sources/{source}");
		Map<String, String> examples = Map.ofEntries(Map.entry("proposal", world.plan), Map.entry("version", "1"),
				Map.entry("label", "2"), Map.entry("party", world.ukraine), Map.entry("topic", world.army),
				Map.entry("event", world.geneva), Map.entry("source", world.aggregator),
				Map.entry("versions", world.plan + "@1," + world.plan + "@2"), Map.entry("from", world.plan + "@1"),
				Map.entry("to", world.plan + "@2"), Map.entry("size", "200"), Map.entry("q", "text"));
		for (String path : listed) {
			JsonNode get = paths.get(path).get("get");
			assertThat(get).as(path).isNotNull();
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
			Map<String, String> pathValues = new java.util.HashMap<>();
			for (JsonNode parameter : get.path("parameters")) {
				String name = parameter.get("name").asString();
				String in = parameter.get("in").asString();
				boolean needed = parameter.path("required").asBoolean(false) || examples.containsKey(name)
						&& (name.equals("size") || in.equals("path"));
				if (!needed) {
					continue;
				}
				assertThat(examples).as("an example value for %s of %s", name, path).containsKey(name);
				if (in.equals("path")) {
					pathValues.put(name, examples.get(name));
				}
				else {
					uri.queryParam(name, examples.get(name));
				}
			}
			String address = uri.buildAndExpand(pathValues).encode().toUriString();
			MvcTestResult result = mvc.get().uri(java.net.URI.create(address)).exchange();
			assertThat(result).as(address).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
			assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(address)
				.isEqualTo(ApiConfiguration.CACHE_CONTROL);
			String body = result.getResponse().getContentAsString();
			assertThat(body).as(address).doesNotContain(DRAFT_CONTENT).doesNotContain(world.plan + "@3");
		}
	}

	@Test
	void draftsAnswer404ByEveryKeyAndAreInNoList() throws Exception {
		String draft = world.plan + "@3";
		for (String address : List.of("/api/v1/proposals/" + world.plan + "/versions/3",
				"/api/v1/proposals/" + world.plan + "/versions/3/points/1",
				"/api/v1/diff?from=" + world.plan + "@2&to=" + draft,
				"/api/v1/compare?versions=" + world.plan + "@1," + draft)) {
			assertThat(mvc.get().uri(java.net.URI.create(address.replace("#", "%23")))).as(address)
				.hasStatus(404)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		for (String address : List.of("/api/v1/positions?size=200&party=" + world.russia,
				"/api/v1/positions?target=" + world.plan + "@3%231", "/api/v1/proposals?size=200",
				"/api/v1/proposals/" + world.plan, "/api/v1/sources/" + world.official, "/api/v1/parties/" + world.russia,
				"/api/v1/topics/" + world.nato)) {
			assertThat(mvc.get().uri(java.net.URI.create(address))).as(address)
				.hasStatusOk()
				.bodyText()
				.doesNotContain(DRAFT_CONTENT)
				.doesNotContain(draft);
		}
	}

	@Test
	void theJsonSaysWhatTheTextIsHowFarItsSourcesGoAndUsesIsoDates() {
		String version = "/api/v1/proposals/" + world.plan + "/versions/1";
		assertThat(mvc.get().uri(version)).bodyJson()
			.hasPathSatisfying("$.version.issuedOn", v -> assertThat(v).isEqualTo("2025-11-20"))
			.hasPathSatisfying("$.version.key", v -> assertThat(v).isEqualTo(world.plan + "@1"))
			.hasPathSatisfying("$.version.href", v -> assertThat(v).isEqualTo("/proposals/" + world.plan + "/versions/1"))
			.hasPathSatisfying("$.points[2].lowConfidence", v -> assertThat(v).isEqualTo(true))
			.hasPathSatisfying("$.points[2].sources[?(@.key == '" + world.aggregator + "')].weak",
					v -> assertThat(v).asList().containsExactly(true))
			.hasPathSatisfying("$.points[1].textBasis", v -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.points[1].figures[0].value",
					v -> assertThat(v).asNumber().satisfies(n -> assertThat(n.doubleValue()).isEqualTo(600_000)))
			.hasPathSatisfying("$.positions[0].paraphrase",
					v -> assertThat(v).isEqualTo("Russia has not seen the text officially."));
		assertThat(mvc.get().uri(version + "/points/2")).bodyJson()
			.hasPathSatisfying("$.point.key", v -> assertThat(v).isEqualTo(world.plan + "@1#2"))
			.hasPathSatisfying("$.leadsTo[*].from", v -> assertThat(v).asList()
				.contains(world.plan + "@2#2", world.counter + "@1#2"))
			.hasPathSatisfying("$.positions[*].stance", v -> assertThat(v).asList().hasSize(3));
	}

	@Test
	void positionsFilterByPartyTargetAndDateByTheCurrentStanceRule() {
		String onCap = "/api/v1/positions?party=" + world.ukraine + "&target=" + world.plan + "@1%232";
		assertThat(mvc.get().uri(java.net.URI.create(onCap))).bodyJson()
			.hasPathSatisfying("$.total", v -> assertThat(v).isEqualTo(2))
			.hasPathSatisfying("$.items[*].stance", v -> assertThat(v).asList()
				.containsExactly("ACCEPTS_WITH_CONDITIONS", "REJECTS"))
			.hasPathSatisfying("$.items[*].current", v -> assertThat(v).asList().containsExactly(true, false))
			.hasPathSatisfying("$.items[0].weakSourcesOnly", v -> assertThat(v).isEqualTo(false))
			.hasPathSatisfying("$.items[0].event.slug", v -> assertThat(v).isEqualTo(world.geneva));
		assertThat(mvc.get().uri(java.net.URI.create(onCap + "&asOf=2025-11-22"))).bodyJson()
			.hasPathSatisfying("$.items[*].stance", v -> assertThat(v).asList().containsExactly("REJECTS"))
			.hasPathSatisfying("$.items[*].current", v -> assertThat(v).asList().containsExactly(true));
		assertThat(mvc.get().uri("/api/v1/positions?topic={t}&size=1", world.nato)).bodyJson()
			.hasPathSatisfying("$.total", v -> assertThat(v).isEqualTo(2))
			.hasPathSatisfying("$.items.length()", v -> assertThat(v).isEqualTo(1));
	}

	@Test
	void errorsAreProblemDetailsAndTheHtmlPagesKeepTheirErrorPages() throws Exception {
		for (String address : List.of("/api/v1/proposals/no-such-plan", "/api/v1/parties/nobody",
				"/api/v1/sources/none", "/api/v1/no-such-resource")) {
			assertThat(mvc.get().uri(address)).as(address)
				.hasStatus(404)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo(404));
		}
		assertThat(mvc.get().uri("/api/v1/proposals/no-such-plan")).bodyJson()
			.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("no-such-plan"));
		for (String address : List.of("/api/v1/positions?asOf=yesterday", "/api/v1/compare?versions=plan-1",
				"/api/v1/compare?versions=" + world.plan + "@1", "/api/v1/diff?from=x", "/api/v1/proposals?size=1000",
				"/api/v1/positions?target=plan", "/api/v1/proposals/" + world.plan + "/versions/one")) {
			assertThat(mvc.get().uri(java.net.URI.create(address))).as(address)
				.hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.detail", v -> assertThat(v).asString().isNotBlank());
		}
		// a browser's Accept header still gets the problem detail, not the HTML error page
		assertThat(mvc.get().uri("/api/v1/positions?asOf=yesterday")
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/proposals/no-such-plan")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void anyOriginMayReadTheApiAndPreflightIsAnswered() {
		assertThat(mvc.options().uri("/api/v1/proposals")
			.header(HttpHeaders.ORIGIN, "https://analyst.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://analyst.example")
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD");
		assertThat(mvc.get().uri("/api/v1/topics").header(HttpHeaders.ORIGIN, "https://analyst.example"))
			.hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://analyst.example");
		// the HTML pages stay same-origin
		assertThat(mvc.get().uri("/topics").header(HttpHeaders.ORIGIN, "https://analyst.example")).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void swaggerUiLoadsAnonymouslyAtApi() throws Exception {
		MvcTestResult entry = mvc.get().uri("/api").exchange();
		String location = entry.getResponse().getRedirectedUrl();
		assertThat(entry.getResponse().getStatus()).isBetween(300, 399);
		assertThat(location).isNotNull();
		MvcTestResult ui = mvc.get().uri(location).exchange();
		assertThat(ui).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String html = ui.getResponse().getContentAsString();
		assertThat(html).contains("swagger-ui");
		String base = location.substring(0, location.lastIndexOf('/') + 1);
		for (String resource : List.of("swagger-ui.css", "swagger-ui-bundle.js", "swagger-initializer.js")) {
			assertThat(mvc.get().uri(base + resource)).as(resource).hasStatusOk();
		}
		assertThat(mvc.get().uri("/v3/api-docs/swagger-config")).hasStatusOk()
			.bodyText()
			.contains("/v3/api-docs");
	}

}
