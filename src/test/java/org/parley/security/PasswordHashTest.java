package org.parley.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests hash at BCrypt's lowest cost (their configuration says so); Parley as deployed
 * keeps cost 10, a change of cost locks nobody out, and a cost BCrypt cannot use stops the
 * start with a message that names the setting.
 */
class PasswordHashTest {

	private static final String PASSWORD = "a long enough password";

	/** Password hashing with the main configuration alone, without the tests' config/application.properties. */
	private final ApplicationContextRunner deployed = new ApplicationContextRunner()
		.withInitializer(context -> context.getEnvironment().getPropertySources().addLast(mainConfiguration()))
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PasswordHashing.class);

	@Test
	void parleyAsDeployedHashesAtCostTen() {
		deployed.run(context -> assertThat(context.getBean(PasswordEncoder.class).encode(PASSWORD))
			.startsWith("{bcrypt}$2a$10$"));
	}

	@Test
	void aPasswordHashedAtOneCostIsAcceptedAtAnother() {
		deployed.run(before -> {
			String stored = before.getBean(PasswordEncoder.class).encode(PASSWORD);
			deployed.withPropertyValues("parley.passwords.bcrypt-strength=4").run(after -> {
				PasswordEncoder encoder = after.getBean(PasswordEncoder.class);
				assertThat(encoder.matches(PASSWORD, stored)).isTrue();
				assertThat(encoder.matches("another password", stored)).isFalse();
				assertThat(encoder.encode(PASSWORD)).startsWith("{bcrypt}$2a$04$");
			});
		});
	}

	@Test
	void aCostBCryptCannotUseStopsTheStartNamingTheSetting() {
		deployed.withPropertyValues("parley.passwords.bcrypt-strength=3")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("parley.passwords")
				.hasMessageContaining("bcryptStrength"));
	}

	private static ResourcePropertySource mainConfiguration() {
		try {
			return new ResourcePropertySource("classpath:application.properties");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
