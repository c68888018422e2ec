package org.parley.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.ParleyApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL set, Parley uses that database: no embedded server starts,
 * and the sample data is loaded only when asked for. The "external" server here is a
 * separately started PostgreSQL with a login of its own, as docker-compose.yml provides.
 */
class ExternalDatabaseTest {

	static EmbeddedPostgres external;

	@BeforeAll
	static void startExternalServer() throws Exception {
		external = EmbeddedPostgres.builder().start();
		JdbcTemplate admin = new JdbcTemplate(external.getPostgresDatabase());
		admin.execute("create role parley login password 's3cret'");
		admin.execute("create database parley owner parley");
	}

	@AfterAll
	static void stopExternalServer() throws Exception {
		external.close();
	}

	@Test
	void usesTheConfiguredDatabaseWithoutSampleDataUnlessAskedFor() {
		try (ConfigurableApplicationContext parley = start()) {
			assertThat(parley.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
			JdbcTemplate jdbc = parley.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_database() || ':' || current_user", String.class))
				.isEqualTo("parley:parley");
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
				"--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort() + "/parley",
				"--spring.datasource.username=parley", "--spring.datasource.password=s3cret",
				"--spring.main.web-application-type=none"), java.util.stream.Stream.of(extra))
			.toArray(String[]::new);
		return SpringApplication.run(ParleyApplication.class, arguments);
	}

}
