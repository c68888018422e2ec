package org.parley.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.parley.calendar.Today;
import org.parley.system.DataRevision;

/**
 * Whole responses for visitors who are not logged in, kept as bytes (and a gzip copy) under
 * what they are built from: the data revision, today's date, the locale and the address. A
 * hit costs one statement (the revision) and no rendering; a change by an editor raises the
 * revision in the database, so every instance builds the page afresh on its next request.
 *
 * <p>It runs after Spring Security, so the security headers still apply and the visitor is
 * known. Editors are never served from here and their responses are never stored, so an
 * editor's page (editor controls, drafts) cannot reach a visitor, nor a visitor's copy an
 * editor. Every GET is a candidate (a deny-list, so new reading routes are covered): a route
 * opts out by being listed in {@link #NEVER_SHARED}, or by answering with
 * {@code Cache-Control: no-store} or {@code private}. Only a 200 with a text content type
 * that sets no cookie, opens no session and varies on no request header but the encoding and
 * the language is stored. The key holds the resolved locale, so each interface language has its
 * own copy and its own ETag; the copies say {@code Vary: Cookie} besides Accept-Language, as the
 * language may come from the switch's cookie, and a shared cache must not hand one language's
 * copy to a reader who chose another. ({@code Cookie} is not a keyed header: a response that
 * says it varies on some other cookie is not stored.)
 */
public class SharedResponses extends OncePerRequestFilter {

	/** Set on requests this filter handled, with the revision it read (for {@link RenderedPages}). */
	static final String REVISION = SharedResponses.class.getName() + ".revision";

	/** Pages that depend on the visitor or on more than the data, and files cached by the browser already. */
	static final List<String> NEVER_SHARED = List.of("/login/**", "/logout/**", "/admin/**", "/actuator/**",
			"/error/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg");

	/**
	 * Browsers may keep a copy but must ask each time (answered with a 304 from memory):
	 * content changes whenever an editor saves, with no way to announce it, and a shared
	 * cache asking each time passes an editor's request on instead of answering it with a
	 * visitor's copy.
	 */
	static final String CACHE_CONTROL = "no-cache";

	private static final List<MediaType> STORED_TYPES = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON, MediaType.valueOf("text/csv"), MediaType.APPLICATION_ATOM_XML,
			MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_RSS_XML);

	/** The response headers a stored copy keeps besides its content type. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LINK, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);

	/**
	 * The request headers a stored response may depend on: each is part of the key (the
	 * language through the resolved locale, the origin as sent) or decides the encoding. The
	 * CORS preflight headers only come with OPTIONS, which is never stored.
	 */
	private static final List<String> KEYED_HEADERS = List.of(HttpHeaders.ACCEPT_ENCODING,
			HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ORIGIN, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD,
			HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final List<PathPattern> NEVER_SHARED_PATTERNS = NEVER_SHARED.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private final Cache<String, Stored> responses;

	private final DataRevision revision;

	private final Today today;

	private final LocaleResolver locales;

	SharedResponses(DataRevision revision, Today today, LocaleResolver locales, long maximumBytes) {
		this.revision = revision;
		this.today = today;
		this.locales = locales;
		this.responses = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.<String, Stored>weigher((key, stored) -> key.length() + stored.weight())
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!shareable(request)) {
			chain.doFilter(request, response);
			return;
		}
		long current = revision.current();
		request.setAttribute(REVISION, current);
		// the API's CORS answer depends on the asking origin (browsers send one only across sites)
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String key = current + " " + today.date() + " " + locales.resolveLocale(request) + " " + address(request)
				+ (origin == null ? "" : " from " + origin);
		boolean gzip = Stored.acceptsGzip(request);
		Stored stored = responses.getIfPresent(key);
		if (stored != null) {
			if (gzip && stored.gzipped() == null) {
				// made once, by the first reader who accepts it; stored again to count its bytes
				stored = stored.withGzip();
				responses.put(key, stored);
			}
			stored.answer(request, response, gzip);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			// a HEAD has no body to keep; the next GET stores the page
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, captured);
		if (storable(request, captured)) {
			stored = gzip ? Stored.of(captured).withGzip() : Stored.of(captured);
			responses.put(key, stored);
			stored.answer(request, response, gzip);
		}
		else {
			captured.copyBodyToResponse();
		}
	}

	/** A GET or HEAD of a visitor who is not logged in, for a page that is the same for every visitor. */
	private static boolean shareable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		PathContainer path = PathContainer.parsePath(request.getServletPath()
				+ (request.getPathInfo() == null ? "" : request.getPathInfo()));
		if (NEVER_SHARED_PATTERNS.stream().anyMatch(pattern -> pattern.matches(path))) {
			return false;
		}
		if (TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			return false;
		}
		// a notice waiting for the next page (after a redirect) belongs to this visitor only
		HttpSession session = request.getSession(false);
		return session == null || session.getAttribute(FLASH_MAPS) == null;
	}

	private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.getContentType() == null
				|| response.containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		// a response that says it depends on another request header (Accept, a cookie, …) differs by visitor
		for (String vary : response.getHeaders(HttpHeaders.VARY)) {
			for (String header : vary.split(",")) {
				String name = header.trim();
				if (!name.isEmpty() && KEYED_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
					return false;
				}
			}
		}
		MediaType type = MediaType.parseMediaType(response.getContentType());
		return STORED_TYPES.stream().anyMatch(stored -> stored.equalsTypeAndSubtype(type));
	}

	/**
	 * One stored response: its bytes, their gzip copy and the headers that describe them. The
	 * gzip copy is made when a reader first accepts it (null until then): a page rebuilt for one
	 * reader that does not take gzip never pays for compressing it.
	 */
	record Stored(byte[] body, byte[] gzipped, String contentType, Map<String, String> headers, String etag) {

		static Stored of(ContentCachingResponseWrapper response) {
			byte[] body = response.getContentAsByteArray();
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : KEPT_HEADERS) {
				Collection<String> values = response.getHeaders(name);
				if (!values.isEmpty()) {
					headers.put(name, String.join(", ", values));
				}
			}
			// what the response said it varies on, and always the encoding and the language, which
			// comes from Accept-Language or from the cookie of the header's switch (InterfaceLanguage)
			Set<String> vary = new LinkedHashSet<>(
					List.of(HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE));
			response.getHeaders(HttpHeaders.VARY)
				.forEach(value -> Arrays.stream(value.split(","))
					.map(String::trim)
					.filter(name -> !name.isEmpty())
					.filter(name -> vary.stream().noneMatch(name::equalsIgnoreCase))
					.forEach(vary::add));
			headers.put(HttpHeaders.VARY, String.join(", ", vary));
			// a strong ETag names one representation: the gzip copy has its own
			return new Stored(body, null, response.getContentType(), Map.copyOf(headers), tag(body));
		}

		/**
		 * 64 bits of two checksums and the length: the tag changes with any change of the bytes
		 * (a chance of one in 2^64 that two versions of a page share it). Both checksums run as
		 * processor instructions; MD5 cost a rebuilt comparison an eighth of its time.
		 */
		private static String tag(byte[] body) {
			CRC32C castagnoli = new CRC32C();
			castagnoli.update(body);
			CRC32 ieee = new CRC32();
			ieee.update(body);
			return "\"%08x%08x-%x\"".formatted(castagnoli.getValue(), ieee.getValue(), body.length);
		}

		Stored withGzip() {
			return new Stored(body, gzip(body), contentType, headers, etag);
		}

		int weight() {
			return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
		}

		/** Answers with the gzip copy when the reader accepts gzip and the copy has been made. */
		void answer(HttpServletRequest request, HttpServletResponse response, boolean acceptsGzip) throws IOException {
			boolean gzip = acceptsGzip && gzipped != null;
			String tag = gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
			// the locale comes from Accept-Language or the language cookie, gzip or not from Accept-Encoding
			response.setHeader(HttpHeaders.VARY, headers.get(HttpHeaders.VARY));
			response.setHeader(HttpHeaders.CACHE_CONTROL, headers.getOrDefault(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL));
			response.setHeader(HttpHeaders.ETAG, tag);
			if (notModified(request)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(contentType);
			headers.forEach(response::setHeader);
			byte[] bytes = gzip ? gzipped : body;
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(bytes.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(bytes);
			}
		}

		/** Either representation's tag answers a conditional request: they hold the same content. */
		private boolean notModified(HttpServletRequest request) {
			String bare = etag.substring(1, etag.length() - 1);
			for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
				for (String candidate : header.split(",")) {
					String tag = candidate.trim();
					if (tag.startsWith("W/")) {
						tag = tag.substring(2);
					}
					if (tag.equals("*") || tag.equals(etag) || tag.equals("\"" + bare + "-gzip\"")) {
						return true;
					}
				}
			}
			return false;
		}

		static boolean acceptsGzip(HttpServletRequest request) {
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			if (accepted == null) {
				return false;
			}
			for (String coding : accepted.split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")) {
					return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
			return false;
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	/**
	 * What a page is built from besides the data: its path and its parameters, as the
	 * application reads them (not the raw query string, which a request may lack while
	 * carrying parameters, and which spells one parameter several ways).
	 */
	static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				address.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&');
			}
		});
		return address.toString();
	}

}
