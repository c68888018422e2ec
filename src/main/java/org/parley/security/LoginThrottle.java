package org.parley.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for a username
 * within {@link #LOCK}, that account refuses logins until {@link #LOCK} has passed since the
 * last failure. Counted in PostgreSQL so that every instance sees the same count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	LoginThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean isLocked(String username) {
		Integer locked = jdbc.queryForObject("""
				select count(*) from login_failure
				where username = ? and failures >= ? and last_failure_at > now() - make_interval(secs => ?)
				""", Integer.class, key(username), MAX_FAILURES, LOCK.toSeconds());
		return locked != null && locked > 0;
	}

	void recordFailure(String username) {
		if (username == null || username.isBlank()) {
			return;
		}
		jdbc.update("""
				insert into login_failure (username, failures, last_failure_at) values (?, 1, now())
				on conflict (username) do update set
				    failures = case when login_failure.last_failure_at < now() - make_interval(secs => ?)
				                    then 1 else login_failure.failures + 1 end,
				    last_failure_at = now()
				""", key(username), LOCK.toSeconds());
	}

	void recordSuccess(String username) {
		jdbc.update("delete from login_failure where username = ?", key(username));
	}

	private static String key(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

}
