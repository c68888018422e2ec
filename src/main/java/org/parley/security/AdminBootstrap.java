package org.parley.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin when there is none, from {@code PARLEY_ADMIN_USERNAME} (default
 * {@code admin}) and {@code PARLEY_ADMIN_PASSWORD}. Without a password, a random one is
 * generated and printed once to the log: there is no default password anywhere.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserRepository users;

	private final Accounts accounts;

	private final String username;

	private final String password;

	AdminBootstrap(UserRepository users, Accounts accounts, @Value("${parley.admin.username:admin}") String username,
			@Value("${parley.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.existsByRole(Role.ADMIN)) {
			return;
		}
		if (accounts.exists(username)) {
			log.warn("No admin account exists, and '{}' is taken by an editor: set PARLEY_ADMIN_USERNAME to a free name",
					username);
			return;
		}
		boolean generated = password.isBlank();
		String initialPassword = generated ? randomPassword() : password;
		accounts.create(username, initialPassword, Role.ADMIN);
		if (generated) {
			log.warn("Created admin account '{}' with the generated password: {}  (shown only this once; "
					+ "set PARLEY_ADMIN_PASSWORD to choose it)", username, initialPassword);
		}
		else {
			log.info("Created admin account '{}' with the password from PARLEY_ADMIN_PASSWORD", username);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
