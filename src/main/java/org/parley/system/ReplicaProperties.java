package org.parley.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A PostgreSQL streaming replica of the primary, for read-only transactions
 * ({@code PARLEY_REPLICA_URL}, {@code PARLEY_REPLICA_USERNAME}, {@code PARLEY_REPLICA_PASSWORD}).
 *
 * @param url JDBC URL of one replica server (not a balancer over several: see {@link DataRevision})
 * @param username login on the replica; the primary's when not given
 * @param password its password; the primary's when not given
 */
@ConfigurationProperties("parley.replica")
public record ReplicaProperties(String url, String username, String password) {

}
