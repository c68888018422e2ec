package org.parley.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.ParleyApplication;
import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.SharedTestDatabase;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With PARLEY_REPLICA_URL set, read-only transactions go to the replica and everything else
 * to the primary. The "replica" is a second PostgreSQL server, migrated like the primary and
 * then made read-only like a hot standby, holding a party the primary lacks and a data
 * revision of its own, so each answer shows which server gave it. Like the embedded
 * database's lifecycle tests, this class starts a server of its own: the server under test.
 */
class ReplicaRoutingTest {

	static final long REPLICA_REVISION = 1000;

	static EmbeddedPostgres replicaServer;

	static String replicaUrl;

	@BeforeAll
	static void startReplica() throws Exception {
		replicaServer = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
		new JdbcTemplate(replicaServer.getPostgresDatabase()).execute("create database replica");
		replicaUrl = replicaServer.getJdbcUrl("postgres", "replica");
		DriverManagerDataSource replica = new DriverManagerDataSource(replicaUrl, "postgres", "");
		Flyway.configure().dataSource(replica).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(replica);
		jdbc.update("insert into party (slug, name, kind) values ('replica-only', 'Party on the replica', 'STATE')");
		jdbc.update("update data_revision set revision = ?", REPLICA_REVISION);
		// a standby refuses every write; so does this one from now on
		jdbc.execute("alter database replica set default_transaction_read_only = on");
	}

	@AfterAll
	static void stopReplica() throws Exception {
		replicaServer.close();
	}

	@Test
	void readsComeFromTheReplicaAndWritesGoToThePrimary() throws Exception {
		String primaryUrl = SharedTestDatabase.newDatabase();
		JdbcTemplate primary = new JdbcTemplate(new DriverManagerDataSource(primaryUrl, "postgres", ""));
		JdbcTemplate replica = new JdbcTemplate(new DriverManagerDataSource(replicaUrl, "postgres", ""));
		// no replica username or password: the primary's are used
		try (ConfigurableApplicationContext parley = SpringApplication.run(ParleyApplication.class,
				"--spring.datasource.url=" + primaryUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--parley.replica.url=" + replicaUrl,
				"--parley.sample-data.enabled=false", "--server.port=0")) {
			primary.update("insert into party (slug, name, kind) values ('primary-only', 'Party on the primary', 'STATE')");

			String parties = get(parley, "/parties");
			assertThat(parties).contains("Party on the replica").doesNotContain("Party on the primary");

			// the cached pages' key comes from the server their content comes from
			assertThat(primary.queryForObject("select revision from data_revision", Long.class))
				.isNotEqualTo(REPLICA_REVISION);
			assertThat(parley.getBean(DataRevision.class).current()).isEqualTo(REPLICA_REVISION);

			parley.getBean(Accounts.class).create("replica-editor", "a long enough password", Role.EDITOR);
			String accounts = "select count(*) from app_user where username = 'replica-editor'";
			assertThat(primary.queryForObject(accounts, Integer.class)).isOne();
			assertThat(replica.queryForObject(accounts, Integer.class)).isZero();
			// a login reads the account where it was written, not on a replica that may lag
			assertThat(parley.getBean(UserDetailsService.class).loadUserByUsername("replica-editor").getAuthorities())
				.extracting(Object::toString)
				.containsExactly("ROLE_EDITOR");
		}
	}

	@Test
	void aReplicaWithoutAnExternalPrimaryIsRefusedWithAReason() {
		assertThatThrownBy(() -> SpringApplication.run(ParleyApplication.class, "--parley.replica.url=" + replicaUrl,
				"--spring.main.web-application-type=none").close())
			.isInstanceOf(BeanCreationException.class)
			.rootCause()
			.hasMessageContaining("PARLEY_REPLICA_URL is set but SPRING_DATASOURCE_URL is not");
	}

	private static String get(ConfigurableApplicationContext parley, String path) throws Exception {
		String port = parley.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
