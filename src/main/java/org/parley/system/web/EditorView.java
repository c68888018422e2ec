package org.parley.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Whether the page is built for an editor, as the request attribute {@value #ATTRIBUTE}, which
 * templates read as {@code ${editorView}} (RenderedPages' content too). Controls repeated on
 * every record of a page (Correct and History beside each source and position) test it rather
 * than {@code sec:authorize}, which looks up Spring Security's expression handler among all
 * beans at each use: hundreds of times on a version page. Every account is an editor or an
 * admin, so a logged-in reader is an editor; the server refuses the others anyway.
 */
@Configuration(proxyBeanMethods = false)
class EditorView implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "editorView";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(ATTRIBUTE, TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication()));
		return true;
	}

}
