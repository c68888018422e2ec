package org.parley.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of a running Parley over real HTTP: its own cookies (the session), and, once
 * logged in, the CSRF token that every form of that session carries.
 */
public final class LiveSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** What a browser accepts for a page, so that errors come as pages too. */
	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final HttpClient http;

	private String csrf;

	private LiveSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A visitor who is not logged in, but holds a session and its CSRF token, as after opening the login page. */
	public static LiveSession anonymous(int port) {
		LiveSession session = new LiveSession(port);
		session.csrf = session.csrfFrom(session.get("/login").body());
		return session;
	}

	/** Logs in through the login form, as a browser does, and keeps the session's CSRF token. */
	public static LiveSession loggedIn(int port, String username, String password) {
		LiveSession session = new LiveSession(port);
		session.csrf = session.csrfFrom(session.get("/login").body());
		HttpResponse<String> login = session.post("/login", List.of(Map.entry("username", username),
				Map.entry("password", password)));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("login as " + username + " failed: " + login.statusCode() + " " + location);
		}
		// the token changes with the session at login: read it from a page of the new session
		session.csrf = session.csrfFrom(session.get("/sources/new").body());
		return session;
	}

	public String csrf() {
		return csrf;
	}

	public HttpResponse<String> get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", HTML).GET().build());
	}

	/** A form POST; the CSRF token of this session is added when there is one. */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		return post(path, encode(fields));
	}

	/** A form POST of an already encoded body (to send bytes a well-behaved browser never would). */
	public HttpResponse<String> post(String path, String encodedBody) {
		String body = csrf == null ? encodedBody
				: (encodedBody.isEmpty() ? "" : encodedBody + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String base() {
		return base;
	}

	public static String encode(List<Map.Entry<String, String>> fields) {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> field : fields) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private String csrfFrom(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return m.group(1);
	}

}
