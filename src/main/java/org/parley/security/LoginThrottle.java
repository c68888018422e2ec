package org.parley.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without ever locking an account. Failures are counted per
 * (username, client address) and per client address, whether the username exists or not.
 * Past a few free failures, the next attempt from that pair or address must wait a delay that
 * doubles with each failure (up to {@link #MAX_DELAY}); after {@link #FORGET} without failures
 * the count starts again. The owner of an account, logging in from another address, is never
 * held back by someone guessing its password. Counted in PostgreSQL so that every instance
 * sees the same count.
 */
@Component
class LoginThrottle {

	/** Failures of one username from one address before attempts are slowed down. */
	static final int FREE_FAILURES_PER_USER = 5;

	/** Failures from one address, whatever the usernames, before attempts are slowed down. */
	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration FIRST_DELAY = Duration.ofSeconds(2);

	static final Duration MAX_DELAY = Duration.ofMinutes(1);

	static final Duration FORGET = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	LoginThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an attempt for this username from this address must wait; never looks at the account. */
	boolean mustWait(String username, String address) {
		return mustWait(userSubject(username, address), FREE_FAILURES_PER_USER)
				|| mustWait(addressSubject(address), FREE_FAILURES_PER_ADDRESS);
	}

	void recordFailure(String username, String address) {
		jdbc.update("delete from login_throttle where last_failure_at < now() - make_interval(secs => ?)",
				FORGET.toSeconds());
		count(userSubject(username, address));
		count(addressSubject(address));
	}

	/**
	 * The pair starts afresh; the address keeps its count, so that logging in to one's own
	 * account does not buy more guesses at others'.
	 */
	void recordSuccess(String username, String address) {
		jdbc.update("delete from login_throttle where subject = ?", userSubject(username, address));
	}

	private boolean mustWait(String subject, int freeFailures) {
		Integer waiting = jdbc.queryForObject("""
				select count(*) from login_throttle
				where subject = ? and failures >= ?
				  and last_failure_at > now() - make_interval(secs => least(?, ? * power(2, failures - ?)))
				""", Integer.class, subject, freeFailures, MAX_DELAY.toSeconds(), FIRST_DELAY.toSeconds(), freeFailures);
		return waiting != null && waiting > 0;
	}

	private void count(String subject) {
		jdbc.update("""
				insert into login_throttle (subject, failures, last_failure_at) values (?, 1, now())
				on conflict (subject) do update set failures = login_throttle.failures + 1, last_failure_at = now()
				""", subject);
	}

	private static String userSubject(String username, String address) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "user:" + (name.length() > 100 ? name.substring(0, 100) : name) + " from " + address(address);
	}

	private static String addressSubject(String address) {
		return "address:" + address(address);
	}

	private static String address(String address) {
		String known = address == null ? "" : address;
		return known.length() > 60 ? known.substring(0, 60) : known;
	}

}
