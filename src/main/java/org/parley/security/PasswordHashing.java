package org.parley.security;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, with or without a web server (the admin bootstrap runs in every
 * context): BCrypt, stored with its {@code {bcrypt}} prefix so that the algorithm can be
 * upgraded later. Its cost is a setting ({@link PasswordProperties}) so that a deployment can
 * raise it; the tests lower it, as their hundreds of logins would otherwise spend a sixth of
 * the suite's CPU hashing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordProperties.class)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder(PasswordProperties passwords) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(passwords.bcryptStrength())));
	}

}
