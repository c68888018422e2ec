package org.parley.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Reads scaled out to a streaming replica, when {@code parley.replica.url} is set: a
 * transaction marked read-only ({@code @Transactional(readOnly = true)}, what every read
 * service uses) takes its connection from the replica's pool, everything else from the
 * primary's. The proxy fetches a real connection only at the first statement, by which time
 * the transaction manager has said whether it is read-only. Flyway migrates the primary only;
 * the replica follows it by streaming. Without the property Parley has one pool, as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfiguration.ReplicaConfigured.class)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

	/** The primary's pool, configured by {@code spring.datasource.*} as Boot's own would be. */
	@Bean
	@FlywayDataSource
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties primary) {
		return primary.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	/** The replica's pool: its own address and login, the primary's pool size and timeouts. */
	@Bean(defaultCandidate = false)
	HikariDataSource replicaDataSource(ReplicaProperties replica, DataSourceProperties primary,
			@Qualifier("primaryDataSource") HikariDataSource primaryPool) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("parley-replica");
		pool.setJdbcUrl(replica.url());
		pool.setUsername(replica.username() != null ? replica.username() : primary.determineUsername());
		pool.setPassword(replica.password() != null ? replica.password() : primary.determinePassword());
		// a hot standby refuses writes anyway; this says so on every connection
		pool.setReadOnly(true);
		pool.setMaximumPoolSize(primaryPool.getMaximumPoolSize());
		if (primaryPool.getMinimumIdle() >= 0) { // unset: as many as the maximum
			pool.setMinimumIdle(primaryPool.getMinimumIdle());
		}
		pool.setConnectionTimeout(primaryPool.getConnectionTimeout());
		pool.setValidationTimeout(primaryPool.getValidationTimeout());
		pool.setIdleTimeout(primaryPool.getIdleTimeout());
		pool.setMaxLifetime(primaryPool.getMaxLifetime());
		pool.setKeepaliveTime(primaryPool.getKeepaliveTime());
		pool.setDataSourceProperties(primaryPool.getDataSourceProperties());
		return pool;
	}

	/** What JPA, JdbcTemplate, Spring Session and the rest use. */
	@Bean
	@Primary
	LazyConnectionDataSourceProxy dataSource(@Qualifier("primaryDataSource") HikariDataSource primary,
			@Qualifier("replicaDataSource") HikariDataSource replica) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
		routing.setReadOnlyDataSource(replica);
		return routing;
	}

	/** A replica URL given; it needs an external primary (the embedded database refuses it). */
	static class ReplicaConfigured extends SpringBootCondition {

		static final String URL_PROPERTY = "parley.replica.url";

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return isConfigured(environment) && !EmbeddedDatabaseCondition.isEmbedded(environment) ? ConditionOutcome.match(URL_PROPERTY + " is set: read-only transactions go to the replica")
					: ConditionOutcome.noMatch("no replica, or no external primary");
		}

		static boolean isConfigured(Environment environment) {
			String url = environment.getProperty(URL_PROPERTY);
			return url != null && !url.isBlank();
		}

	}

}
