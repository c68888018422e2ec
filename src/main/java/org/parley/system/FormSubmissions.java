package org.parley.system;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes creation forms idempotent. Each form carries a random token; the first submission
 * claims it and records where its result lives; a repeated submission (double click,
 * reload, back and resubmit) gets that same result and creates nothing. A concurrent
 * duplicate waits on the first one's row until it commits, then sees its result.
 */
@Component
public class FormSubmissions {

	private final JdbcTemplate jdbc;

	FormSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the result of an earlier submission of this form lives, if it was submitted before. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> resultOf(UUID token) {
		if (token == null) {
			return java.util.Optional.empty();
		}
		return jdbc.queryForList("select result_path from form_submission where token = ?", String.class, token)
			.stream()
			.findFirst();
	}

	/** Runs {@code create} unless {@code token} was already used; returns the result path either way. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String once(UUID token, Supplier<String> create) {
		if (token == null) {
			return create.get();
		}
		String username = SecurityContextHolder.getContext().getAuthentication().getName();
		int claimed = jdbc.update("insert into form_submission (token, username) values (?, ?) on conflict do nothing",
				token, username);
		if (claimed == 0) {
			return jdbc.queryForObject("select result_path from form_submission where token = ?", String.class, token);
		}
		String path = create.get();
		jdbc.update("update form_submission set result_path = ? where token = ?", path, token);
		return path;
	}

}
