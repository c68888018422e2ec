package org.parley.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Boot renders error pages at {@code /error} by forwarding there. Asked for directly, that page
 * has no error to show and would answer 500; there is nothing at that address, so: 404.
 * Forwards (error dispatches) pass, as this filter sees only the visitor's own requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DirectErrorRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("/error".equals(request.getServletPath())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
