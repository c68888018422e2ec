package org.parley.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a login attempt does to the {@link LoginThrottle}, and where it leads. Every failure
 * (wrong password, unknown name, disabled account) gets the same answer.
 */
final class LoginOutcomes {

	private LoginOutcomes() {
	}

	/** Clears the failure count of this name from this address and goes on to the page the editor wanted. */
	static SavedRequestAwareAuthenticationSuccessHandler success(LoginThrottle throttle) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.recordSuccess(request.getParameter("username"), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	static AuthenticationFailureHandler failure(LoginThrottle throttle) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	/**
	 * Turns away a login attempt that comes too soon after repeated failures, before the
	 * password is even checked, whether the name exists or not.
	 */
	static final class Throttled extends OncePerRequestFilter {

		private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/login");

		private final LoginThrottle throttle;

		Throttled(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (LOGIN.matches(request) && throttle.mustWait(request.getParameter("username"), request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?wait");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
