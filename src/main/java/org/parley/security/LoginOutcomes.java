package org.parley.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What a login attempt does to the throttle, and where it leads. */
final class LoginOutcomes {

	private LoginOutcomes() {
	}

	/** Clears the failure count and goes on to the page the editor wanted. */
	static SavedRequestAwareAuthenticationSuccessHandler success(LoginThrottle throttle) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.recordSuccess(authentication.getName());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	/** Counts a wrong password; a locked account says so (without checking the password at all). */
	static AuthenticationFailureHandler failure(LoginThrottle throttle) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			if (exception instanceof LockedException) {
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
			throttle.recordFailure(request.getParameter("username"));
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

}
