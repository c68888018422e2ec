package org.parley.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Passwords and sessions, needed with or without a web server (the admin bootstrap runs in
 * every context). Sessions live in PostgreSQL, so instances behind a load balancer share
 * logins and a restart logs nobody out; Flyway creates their tables (V10), Spring Session never does.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class AccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt, stored with its {bcrypt} prefix so that the algorithm can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
