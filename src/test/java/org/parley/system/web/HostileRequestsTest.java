package org.parley.system.web;

import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.LiveSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through a real server: every route, with hostile values in each path variable,
 * request parameter and form field the handlers read, as an anonymous visitor and as a logged-in
 * editor. Nothing may answer 5xx, and no anonymous answer may show a draft's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

	static final String US = "us-28-point-plan";

	/** Only in the draft's text: an anonymous answer that contains it leaks the draft. */
	static final String DRAFT_MARKER = "Unpublished-" + UUID.randomUUID();

	/** Already percent-encoded, so that bytes no browser sends (NUL, invalid UTF-8) reach the server as such. */
	static final List<String> HOSTILE = List.of("%27", URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8),
			"%00", "x%00y", "x".repeat(10_000), "-1", "99999999999999999999", "2025-02-30", "..%2F..%2F", "%C3%28", "%FF",
			"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	LiveSession editor;

	Map<String, String> pathValues;

	@BeforeAll
	void draftWithAMarker() {
		accounts.create("sweeper", "a long enough password", Role.EDITOR);
		editor = LiveSession.loggedIn(port, "sweeper", "a long enough password");
		HttpResponse<String> created = editor.post("/proposals/" + US + "/versions/new",
				List.of(Map.entry("from", "1"), Map.entry("token", UUID.randomUUID().toString())));
		String draft = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/versions/(\\d+)/edit", "$1");
		jdbc.update("update point set text = ? where version_id = (select v.id from proposal_version v join proposal p "
				+ "on p.id = v.proposal_id where p.slug = ? and v.number = ?)", "Draft wording " + DRAFT_MARKER, US,
				Integer.parseInt(draft));
		// path variables that lead somewhere real, so that parameters reach the handlers; versions are the draft
		pathValues = Map.of("proposal", US, "number", draft, "version", draft, "label", "1", "event",
				first("select min(slug) from event"), "slug", first("select min(slug) from event"), "key",
				first("select min(key) from source"), "source", first("select min(key) from source"), "id",
				first("select min(id)::text from position"), "party", first("select min(slug) from party"));
	}

	@Test
	void badInputAnswers4xxWithTheUsualPageAndLogsNoError(CapturedOutput output) {
		String draft = pathValues.get("number");
		String edit = "/proposals/" + US + "/versions/" + draft + "/edit";
		List<HttpResponse<String>> answers = new ArrayList<>();
		answers.add(expect(400, editor.post(edit, "lockVersion=0&title=x&points%5B99999%5D.text=x")));
		answers.add(expect(400, editor.get(edit + "/point?index=-1")));
		answers.add(expect(400, editor.get(edit + "/point?index=2147483647")));
		answers.add(expect(404, editor.get("/error")));
		answers.add(expect(404, LiveSession.anonymous(port).get("/error")));
		answers.add(expect(400, editor.get("/proposals/" + US + "/versions/new?from=%C3%28")));
		answers.add(expect(400, editor.get("/proposals/" + US + "/versions/new?from=%FF")));
		// NUL in list fields: replaced, so the choice is unknown and said so next to the field
		String nul = "&sources=a%00b&people=%00&parties=x%00&furtherSources=%00";
		HttpResponse<String> event = expect(200, editor.post("/events/new", "token=" + UUID.randomUUID()
				+ "&slug=nul-event&title=N%00UL&startsOn=2025-01-01" + nul));
		assertThat(event.body()).contains("id=\"sources-error\"").contains("id=\"people-error\"")
			.contains("id=\"parties-error\"").contains("N\uFFFDUL");
		HttpResponse<String> position = expect(200, editor.post("/positions/new", "token=" + UUID.randomUUID()
				+ "&party=russia&stance=REJECTS&statedOn=2025-01-01&targetKind=POINT&paraphrase=x" + nul));
		assertThat(position.body()).contains("id=\"furtherSources-error\"");
		answers.add(event);
		answers.add(position);
		// ... and in a parameter that is not UTF-8 at all: refused
		answers.add(expect(400, editor.post("/events/new", "token=" + UUID.randomUUID() + "&title=%FF" + nul)));
		answers.forEach(a -> assertThat(a.body()).as(a.uri().toString()).contains("<main"));
		assertThat(errorLines(output)).isEmpty();
	}

	@Test
	void noRouteParameterOrFieldAnswers5xxAndNoAnonymousAnswerShowsADraft(CapturedOutput output) throws Exception {
		List<Probe> probes = probes();
		assertThat(probes).extracting(Probe::route)
			.contains("POST /proposals/{proposal}/versions/{number}/edit", "GET /compare", "POST /events/{slug}/edit",
					"GET /error");
		assertThat(probes).extracting(Probe::query)
			.anyMatch(q -> q.contains("points%5B0%5D.figures%5B0%5D.value=") && q.contains("sources="))
			.anyMatch(q -> q.contains("furtherSources="));
		long started = System.nanoTime();
		Collection<String> failures = new ConcurrentLinkedQueue<>();
		LiveSession anonymous = LiveSession.anonymous(port);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (Probe probe : probes) {
				sent.add(pool.submit(() -> {
					HttpResponse<String> answer = probe.send(anonymous);
					if (answer == null) {
						return; // refused by Tomcat before Parley saw it
					}
					if (answer.statusCode() >= 500) {
						failures.add("anonymous " + probe + " answered " + answer.statusCode());
					}
					if (answer.body().contains(DRAFT_MARKER)) {
						failures.add("anonymous " + probe + " showed the draft");
					}
					answer = probe.send(editor);
					if (answer != null && answer.statusCode() >= 500) {
						failures.add("editor " + probe + " answered " + answer.statusCode());
					}
				}));
			}
			for (Future<?> f : sent) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.err.printf("hostile sweep: %d probes, twice each, in %d s%n", probes.size(),
				(System.nanoTime() - started) / 1_000_000_000L);
		assertThat(failures).isEmpty();
		assertThat(errorLines(output)).isEmpty();
	}

	private List<String> errorLines(CapturedOutput output) {
		return output.getAll().lines().filter(l -> l.contains(" ERROR ")).toList();
	}

	private HttpResponse<String> expect(int status, HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(status);
		return answer;
	}

	private String first(String sql) {
		return jdbc.queryForObject(sql, String.class);
	}

	/** One request: a route, with one hostile value in one path variable, or in every parameter at once. */
	record Probe(RequestMethod method, String route, String path, String query) {

		/**
		 * The answer, or null when Tomcat closed the connection on a request line past its 8 KB
		 * limit (it answers 400 and closes at once, so the client may still be writing the
		 * request and see a broken pipe instead of the 400: a refusal either way, never a 5xx).
		 */
		HttpResponse<String> send(LiveSession session) {
			boolean overLong = path.length() + query.length() > 4_096;
			try {
				if (method == RequestMethod.POST) {
					// no body after an over-long request line: it would only widen that window
					return session.post(path, path.length() > 4_096 ? "" : query);
				}
				return session.get(query.isEmpty() ? path : path + "?" + query);
			}
			catch (IllegalStateException ex) {
				if (overLong && ex.getCause() instanceof java.io.IOException) {
					return null;
				}
				throw ex;
			}
		}

		@Override
		public String toString() {
			String shown = path + (query.isEmpty() ? "" : "?" + query);
			return method + " " + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
		}

	}

	private List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			List<String> fields = fields(entry.getValue());
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					String route = method + " " + pattern;
					Set<String> variables = variables(pattern);
					for (String hostile : HOSTILE) {
						// every parameter and field at once carries the hostile value
						String query = fields.stream().map(f -> encode(f) + "=" + hostile).collect(Collectors.joining("&"));
						probes.add(new Probe(method, route, path(pattern, null, null), query));
						for (String variable : variables) {
							probes.add(new Probe(method, route, path(pattern, variable, hostile), ""));
						}
					}
				}
			}
		}
		return probes;
	}

	private String path(String pattern, String hostileVariable, String hostile) {
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String value = m.group(1).equals(hostileVariable) ? hostile : pathValues.getOrDefault(m.group(1), "1");
			m.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		m.appendTail(path);
		return path.toString();
	}

	private static Set<String> variables(String pattern) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** The request parameters and form fields a handler reads, as the data binder names them. */
	private static List<String> fields(HandlerMethod handler) {
		List<String> fields = new ArrayList<>();
		for (var parameter : handler.getMethodParameters()) {
			Parameter p = parameter.getMethod().getParameters()[parameter.getParameterIndex()];
			Class<?> type = parameter.getParameterType();
			RequestParam param = p.getAnnotation(RequestParam.class);
			if (p.isAnnotationPresent(PathVariable.class)) {
				continue;
			}
			if (param != null) {
				fields.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getName());
			}
			else if (p.isAnnotationPresent(ModelAttribute.class)
					|| !(BeanUtils.isSimpleProperty(type) || Model.class.isAssignableFrom(type)
							|| Errors.class.isAssignableFrom(type) || RedirectAttributes.class.isAssignableFrom(type)
							|| type.getName().startsWith("jakarta.") || type.getName().startsWith("java."))) {
				properties("", type, fields, 0);
			}
		}
		return fields;
	}

	private static void properties(String prefix, Class<?> type, List<String> fields, int depth) {
		if (depth > 3) {
			return;
		}
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				fields.add(prefix + component.getName());
			}
			return;
		}
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() == null || property.getName().equals("class")) {
				continue;
			}
			Class<?> propertyType = property.getPropertyType();
			if (List.class.isAssignableFrom(propertyType)) {
				Class<?> element = ResolvableType.forMethodReturnType(property.getReadMethod()).asCollection().resolveGeneric(0);
				if (element == null || BeanUtils.isSimpleValueType(element)) {
					fields.add(prefix + property.getName());
				}
				else {
					properties(prefix + property.getName() + "[0].", element, fields, depth + 1);
				}
			}
			else if (property.getWriteMethod() != null) {
				fields.add(prefix + property.getName());
			}
		}
	}

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}


}
