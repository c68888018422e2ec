package org.parley.security;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Anonymous visitors read published content (every GET that is not an {@link EditorPages
 * editor's page}); every write and every editor's page needs EDITOR (or ADMIN); /admin needs
 * ADMIN. Method security on the editing controllers is the second line: a page missing from
 * {@link EditorPages} still refuses anonymous visitors (the AccessDeniedException leads to the
 * login page, as a refused URL does).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** Everything the pages load comes from this origin; no inline script or style. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI's page (/api leads to /swagger-ui/index.html) under the same policy but one
	 * inline {@code <style>} element that swagger-ui-bundle.js adds, allowed by its hash
	 * rather than by 'unsafe-inline': any other inline style or script stays refused.
	 * Upgrading springdoc may change that element; ApiBrowserTest then fails and prints the
	 * new hash that Chromium asks for.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

	private static final String[] EDITING_ROLES = { Role.EDITOR.name(), Role.ADMIN.name() };

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/error", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
					"/actuator/health")
			.permitAll()
			.requestMatchers(EditorPages.ADMIN_PATTERNS.toArray(String[]::new)).hasRole(Role.ADMIN.name())
			.requestMatchers(EditorPages.PATTERNS.toArray(String[]::new)).hasAnyRole(EDITING_ROLES)
			// CORS preflight of the public API (answered by Spring MVC's CORS mapping)
			.requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
			.requestMatchers(HttpMethod.GET).permitAll()
			.requestMatchers(HttpMethod.HEAD).permitAll()
			.anyRequest().hasAnyRole(EDITING_ROLES));
		http.addFilterBefore(new LoginOutcomes.Throttled(throttle), UsernamePasswordAuthenticationFilter.class);
		http.formLogin(login -> login.loginPage("/login")
			.successHandler(LoginOutcomes.success(throttle))
			.failureHandler(LoginOutcomes.failure(throttle)));
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		// a new session id at login, so that a session id planted before login is worthless
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
