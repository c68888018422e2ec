package org.parley.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the interface (not of the plans' texts): English, Ukrainian or Russian,
 * chosen in the header and kept in a cookie; without one, the first supported language the
 * browser asks for (Accept-Language), else English. Every locale Parley answers in is one of
 * {@link #SUPPORTED}, whatever a cookie or header says, so stored pages are kept under three
 * keys at most and a made-up cookie cannot fill the caches.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class InterfaceLanguage {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"),
			Locale.forLanguageTag("ru"));

	static final String COOKIE = "parley-language";

	/** The request parameter of the header's switch: {@code ?ui=uk}. */
	static final String PARAMETER = "ui";

	/** Named as DispatcherServlet looks it up; Boot's Accept-Language resolver steps aside. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new ChosenLanguage();
	}

	/** After Spring Security (its headers apply to the redirect), before {@link SharedResponses}. */
	@Bean
	FilterRegistrationBean<LanguageSwitch> languageSwitch(LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new LanguageSwitch(locales));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}

	/** The supported locale of this language tag's language, if any. */
	static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

	/** The cookie's language when it names a supported one, else the browser's, else English. */
	static final class ChosenLanguage extends CookieLocaleResolver {

		ChosenLanguage() {
			super(COOKIE);
			AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
			browser.setSupportedLocales(SUPPORTED);
			browser.setDefaultLocale(Locale.ENGLISH);
			setDefaultLocaleFunction(browser::resolveLocale);
			setCookieMaxAge(Duration.ofDays(365));
			setCookieHttpOnly(true);
			setCookieSameSite("Lax");
			// a cookie Parley did not write answers in the browser's language, never with a 500
			setRejectInvalidCookies(false);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return supported(value).orElse(null);
		}

		@Override
		protected String toLocaleValue(Locale locale) {
			return locale.toLanguageTag();
		}

	}

}
