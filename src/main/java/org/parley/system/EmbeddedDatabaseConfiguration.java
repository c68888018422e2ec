package org.parley.system;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A real PostgreSQL for a machine that has only a JDK. Spring owns its lifecycle (no JVM
 * shutdown hook of its own), so on Ctrl-C or SIGTERM the connection pool closes first and
 * the server stops after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment,
			ObjectProvider<EmbeddedDatabaseEarlyStart.Started> earlyStart) throws IOException {
		if (ReplicaConfiguration.ReplicaConfigured.isConfigured(environment)) {
			// nothing streams from the embedded server; a replica URL here is a mistake, not a wish
			throw new IllegalStateException("PARLEY_REPLICA_URL is set but SPRING_DATASOURCE_URL is not: "
					+ "a replica needs an external primary; the embedded database serves a single instance");
		}
		EmbeddedDatabaseEarlyStart.Started started = earlyStart.getIfAvailable();
		return started != null ? started.join() : EmbeddedDatabase.start(properties);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(database.jdbcUrl())
			.username(database.username())
			.password(database.password())
			.build();
	}

}
