package org.parley.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; data there survives restarts and is
 * written durably (fsync on). Blank means a throw-away directory, as in tests.
 * @param port TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("parley.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {

	public boolean persistent() {
		return dataDirectory != null && !dataDirectory.isBlank();
	}

}
