package org.parley.system.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a fragment of a template to a string outside Spring MVC's view resolution, for the
 * stores of rendered HTML ({@link RenderedPages}, {@link RenderedFragments}), and says for whom
 * the HTML is built: editors' copies carry their controls and are never kept with visitors'.
 */
@Component
class TemplateRendering {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	TemplateRendering(SpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	String render(HttpServletRequest request, HttpServletResponse response, Locale locale, String template,
			String fragment, Map<String, Object> model) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext web = new WebContext(exchange, locale, model);
		// lets the templates call beans (${@statementLinks...}); no ${{...}} conversions are used
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return templates.process(template, Set.of(fragment), web);
	}

	/** {@code "editor"} or {@code "visitor"}: part of the key of every stored piece of HTML. */
	static String viewer() {
		return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication()) ? "editor" : "visitor";
	}

}
