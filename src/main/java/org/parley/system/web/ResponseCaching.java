package org.parley.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.LocaleResolver;

import org.parley.calendar.Today;
import org.parley.system.DataRevision;

/**
 * Registers {@link SharedResponses} after Spring Security's filters, which therefore still
 * write their headers and have established who is asking. Editors' pages get no ETag: each
 * carries the logout form's CSRF token, masked afresh on every request (Spring Security's
 * defence against BREACH, which matters with compression on), so no two are ever the same
 * bytes; Spring Security's {@code no-store} keeps them out of every cache anyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ResponseCaching {

	@Bean
	FilterRegistrationBean<SharedResponses> sharedResponses(
			// lazy: the web server registers its filters before the JPA beans exist
			@Lazy DataRevision revision, Today today, @Lazy LocaleResolver locales,
			@Value("${parley.shared-responses.maximum-bytes:67108864}") long maximumBytes) {
		var registration = new FilterRegistrationBean<>(new SharedResponses(revision, today, locales, maximumBytes));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

}
