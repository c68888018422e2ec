package org.parley.system.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The header's language links ({@code ?ui=uk}): stores the choice in the cookie and sends the
 * browser back to the same address without the parameter (303). A plain link, not a form: it
 * needs no JavaScript and no CSRF token, so the pages carrying it stay the same for every
 * visitor and can be shared ({@link SharedResponses}); the choice is a preference, not data. The
 * redirect also keeps {@code ui} out of the pages' addresses, bookmarks and cache keys.
 */
class LanguageSwitch extends OncePerRequestFilter {

	private final LocaleResolver locales;

	LanguageSwitch(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String chosen = request.getParameter(InterfaceLanguage.PARAMETER);
		boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (chosen == null || !reading) {
			chain.doFilter(request, response);
			return;
		}
		// an unknown language changes nothing; the visitor still lands on the page
		InterfaceLanguage.supported(chosen).ifPresent(locale -> locales.setLocale(request, response, locale));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION, withoutSwitch(request));
	}

	/** The same address, relative to this server, without the switch's parameter. */
	private static String withoutSwitch(HttpServletRequest request) {
		// "//host/…" would leave this site (Spring Security's firewall refuses it already)
		String path = request.getRequestURI().replaceFirst("^/+", "/");
		String query = request.getQueryString() == null ? ""
				: Arrays.stream(request.getQueryString().split("&"))
					.filter(part -> !part.isEmpty() && !InterfaceLanguage.PARAMETER.equals(name(part)))
					.collect(Collectors.joining("&"));
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String name(String part) {
		int equals = part.indexOf('=');
		try {
			return URLDecoder.decode(equals < 0 ? part : part.substring(0, equals), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return part;
		}
	}

}
