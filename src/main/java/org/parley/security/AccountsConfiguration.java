package org.parley.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
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

	/** BCrypt's cost (log2 of its rounds) unless {@code parley.passwords.bcrypt-strength} says otherwise. */
	static final int BCRYPT_STRENGTH = 10;

	/**
	 * BCrypt, stored with its {@code {bcrypt}} prefix so that the algorithm can be upgraded later.
	 * The cost is a property so that a deployment can raise it; the tests lower it, as their
	 * hundreds of logins would otherwise spend a sixth of the suite's CPU hashing.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${parley.passwords.bcrypt-strength:" + BCRYPT_STRENGTH + "}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

}
