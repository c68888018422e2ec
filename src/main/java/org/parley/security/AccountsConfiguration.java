package org.parley.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions, needed with or without a web server. They live in PostgreSQL, so instances behind
 * a load balancer share logins and a restart logs nobody out; Flyway creates their tables (V10),
 * Spring Session never does. Passwords: {@link PasswordHashing}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class AccountsConfiguration {

}
