package org.parley.system;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

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

	/**
	 * The save of a creation form, in the caller's transaction. The same form again (its token
	 * spent) gets the first answer and creates nothing; else {@code check} reports to the form's
	 * {@code errors} what needs the database (a short name taken) and returns what it looked up;
	 * after errors nothing is created (null), else {@code create} runs once with what was looked
	 * up and returns the new record's page.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> String create(UUID token, Errors errors, Supplier<T> check, Function<T, String> create) {
		var earlier = resultOf(token);
		if (earlier.isPresent()) {
			return earlier.get(); // the same form again: answer as the first time, create nothing
		}
		T found = check.get();
		if (errors.hasErrors()) {
			return null;
		}
		return once(token, () -> create.apply(found));
	}

	/** {@link #create(UUID, Errors, Supplier, Function)} for a form whose checks look nothing up for the creation. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String create(UUID token, Errors errors, Runnable check, Supplier<String> create) {
		return create(token, errors, () -> {
			check.run();
			return null;
		}, nothing -> create.get());
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
