package org.parley.security;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests hash at BCrypt's lowest cost (their configuration says so); Parley as deployed
 * keeps cost 10, and a change of cost locks nobody out.
 */
class PasswordHashTest {

	@Test
	void parleyAsDeployedHashesAtCostTen() throws Exception {
		// the main configuration alone, without the tests' config/application.properties
		StandardEnvironment deployed = new StandardEnvironment();
		deployed.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
		Method bean = AccountsConfiguration.class.getDeclaredMethod("passwordEncoder", int.class);
		String placeholder = bean.getParameters()[0].getAnnotation(Value.class).value();

		int strength = Integer.parseInt(deployed.resolveRequiredPlaceholders(placeholder));
		String hash = new AccountsConfiguration().passwordEncoder(strength).encode("a long enough password");

		assertThat(hash).startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void aPasswordHashedAtOneCostIsAcceptedAtAnother() {
		PasswordEncoder before = new AccountsConfiguration().passwordEncoder(10);
		PasswordEncoder after = new AccountsConfiguration().passwordEncoder(4);
		String stored = before.encode("a long enough password");

		assertThat(after.matches("a long enough password", stored)).isTrue();
		assertThat(after.matches("another password", stored)).isFalse();
		assertThat(after.encode("a long enough password")).startsWith("{bcrypt}$2a$04$");
	}

}
