package org.parley.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at the same moment (two tabs, a double click) that each add the
 * same session attribute, such as the page to return to after login, both insert it; the
 * second broke the unique key and answered 500. PostgreSQL's upsert, as Spring Session ships it,
 * makes the second write an update.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionAttributeWrites() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
