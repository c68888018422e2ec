package org.parley.system.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request parameters reach Parley readable, or the request is refused; one filter, so that no
 * form, list field or query parameter can be forgotten.
 * <ul>
 * <li>Parameters that are not valid UTF-8 ({@code %C3%28}, {@code %FF}) cannot be read: the
 * servlet container throws when they are first asked for, wherever that is (often inside the
 * security filters), which ends as an error logged with its stack trace. They are read here
 * first, and a request whose parameters cannot be read answers 400.</li>
 * <li>PostgreSQL cannot store NUL (U+0000) in text, so a NUL in any parameter would fail deep in
 * a query as a 500. Every parameter arrives with NUL replaced by U+FFFD, the character that
 * stands for "something unreadable was here": the rest of the input is kept as typed, and
 * nothing vanishes silently.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after character encoding, before security reads the login form
class ReadableParameters extends OncePerRequestFilter {

	static final char NUL = '\u0000';

	static final char REPLACEMENT = '\uFFFD';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Replaced readable = new Replaced(request);
		try {
			readable.getParameterMap();
		}
		catch (IllegalStateException unreadable) { // what the Servlet API throws for parameters it cannot parse
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(readable, response);
	}

	static String replace(String text) {
		return text == null ? null : text.replace(NUL, REPLACEMENT);
	}

	/** The request's parameters, NUL replaced. */
	private static final class Replaced extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Replaced(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				Map<String, String[]> replaced = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = replace(values[i]);
					}
					replaced.merge(replace(name), copy, (a, b) -> concat(a, b));
				});
				parameters = Collections.unmodifiableMap(replaced);
			}
			return parameters;
		}

		private static String[] concat(String[] a, String[] b) {
			String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, both, a.length, b.length);
			return both;
		}

	}

}
