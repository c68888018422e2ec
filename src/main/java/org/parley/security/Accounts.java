package org.parley.security;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;


/** Editor and admin accounts, as the admin pages manage them. */
@Service
public class Accounts {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcTemplate jdbc;

	private final TransactionOperations transactions;

	Accounts(UserRepository users, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc,
			TransactionOperations transactions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** One account as the admin page lists it (never the password hash). */
	public record Account(long id, String username, Role role, boolean enabled, long lockVersion) {
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return users.findAllByOrderByUsername()
			.stream()
			.map(u -> new Account(u.getId(), u.getUsername(), u.getRole(), u.isEnabled(), u.getLockVersion()))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.findByUsernameIgnoreCase(username).isPresent();
	}

	@Transactional
	public Account create(String username, String password, Role role) {
		User user = users.save(new User(username, passwordEncoder.encode(password), role));
		return new Account(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(), user.getLockVersion());
	}

	/**
	 * Disabling also ends the account's open sessions, on every instance. The sessions are ended
	 * after the account's transaction: the session store works in transactions of its own, and
	 * asking it for a second connection while holding one lets simultaneous requests take the
	 * whole pool and wait for each other until they time out. The last enabled admin cannot be
	 * disabled: someone must always be able to manage the accounts.
	 */
	public void setEnabled(long id, long lockVersion, boolean enabled) {
		String disabled = transactions.execute(status -> {
			User user = current(id, lockVersion);
			if (enabled) {
				user.enable();
				return null;
			}
			if (user.isEnabled() && user.getRole() == Role.ADMIN && enabledAdminsLocked() <= 1) {
				throw new LastAdminException(user.getUsername());
			}
			user.disable();
			return user.getUsername();
		});
		if (disabled != null) {
			sessions.findByPrincipalName(disabled).keySet().forEach(sessions::deleteById);
		}
	}

	@Transactional
	public void resetPassword(long id, long lockVersion, String password) {
		current(id, lockVersion).changePasswordHash(passwordEncoder.encode(password));
	}

	/**
	 * Counts the enabled admins, locking their rows until the transaction ends, so that two
	 * admins disabling each other at the same moment cannot leave none.
	 */
	private int enabledAdminsLocked() {
		return jdbc.queryForList("select id from app_user where role = 'ADMIN' and enabled for update", Long.class)
			.size();
	}

	private User current(long id, long lockVersion) {
		User user = users.findById(id).orElseThrow(() -> new AccountNotFound("error.account.notFound", id));
		if (user.getLockVersion() != lockVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(User.class, id);
		}
		return user;
	}

}
