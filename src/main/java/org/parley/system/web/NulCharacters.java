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
 * PostgreSQL cannot store NUL (U+0000) in text, so a NUL in any request parameter (a form
 * field, a list of choices, a query parameter, the login form) would fail deep in a query as a
 * 500. Every parameter reaches the application with NUL replaced by U+FFFD, the character that
 * stands for "something unreadable was here": the rest of the input is kept as typed, and
 * nothing vanishes silently. One filter, so no form or parameter can be forgotten.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after character encoding, before security reads the login form
class NulCharacters extends OncePerRequestFilter {

	static final char NUL = '\u0000';

	static final char REPLACEMENT = '\uFFFD';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Replaced(request), response);
	}

	static String replace(String text) {
		return text == null ? null : text.replace(NUL, REPLACEMENT);
	}

	/** Parameters are read from the request only when asked for, after the encoding is set. */
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
