package org.parley.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The meta description of each page type, for search engines and link previews: the key
 * {@code meta.description.<view>} of messages.properties, named after the page's view
 * ({@code proposal/version} reads {@code meta.description.proposal.version}); layout.html
 * falls back to {@code meta.description} when a view has none.
 */
@Configuration(proxyBeanMethods = false)
class PageDescriptions implements WebMvcConfigurer, HandlerInterceptor {

	/** The model attribute layout.html reads. */
	static final String KEY = "pageDescriptionKey";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
			page.addObject(KEY, "meta.description." + page.getViewName().replace('/', '.'));
		}
	}

}
