package org.parley.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.ParleyApplication;
import org.parley.support.SharedTestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL set, Parley uses that database: no embedded server starts,
 * and the sample data is loaded only when asked for. The "external" server here is one
 * Parley did not start (the tests' shared PostgreSQL), with a database and a login of their
 * own, as docker-compose.yml provides.
 */
class ExternalDatabaseTest {

	private static final String LOGIN = "parley_external";

	static String url;

	@BeforeAll
	static void createDatabaseAndLogin() {
		url = SharedTestDatabase.newDatabaseOwnedBy(LOGIN, "s3cret");
	}

	@Test
	void usesTheConfiguredDatabaseWithoutSampleDataUnlessAskedFor() {
		try (ConfigurableApplicationContext parley = start()) {
			assertThat(parley.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
			JdbcTemplate jdbc = parley.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_database() || ':' || current_user", String.class))
				.isEqualTo(LOGIN + ":" + LOGIN);
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isPositive();
			assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isZero();
		}
		try (ConfigurableApplicationContext parley = start("--parley.sample-data.enabled=true")) {
			assertThat(parley.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from proposal where slug = 'us-28-point-plan'", Integer.class)).isOne();
		}
	}

	private static ConfigurableApplicationContext start(String... extra) {
		String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + LOGIN, "--spring.datasource.password=s3cret",
				"--spring.main.web-application-type=none"), java.util.stream.Stream.of(extra))
			.toArray(String[]::new);
		return SpringApplication.run(ParleyApplication.class, arguments);
	}

}
