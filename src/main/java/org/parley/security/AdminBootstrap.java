package org.parley.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin when there is none, from {@code PARLEY_ADMIN_USERNAME} (default
 * {@code admin}) and {@code PARLEY_ADMIN_PASSWORD}. Without a password, a random one is
 * generated and printed once to the log: there is no default password anywhere.
 * <p>
 * It is also the way back in: when {@code PARLEY_ADMIN_PASSWORD} is set and that account is
 * disabled, has another password or is no admin, it becomes an enabled admin with that
 * password again, and the log says so.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserRepository users;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final String username;

	private final String password;

	AdminBootstrap(UserRepository users, Accounts accounts, PasswordEncoder passwordEncoder,
			@Value("${parley.admin.username:admin}") String username, @Value("${parley.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<User> named = users.findByUsernameIgnoreCase(username);
		if (!password.isBlank() && named.isPresent()) {
			restore(named.get());
			return;
		}
		if (users.existsByRole(Role.ADMIN)) {
			return;
		}
		if (named.isPresent()) {
			log.warn("No admin account exists, and '{}' is taken by an editor: set PARLEY_ADMIN_PASSWORD to make it "
					+ "an admin, or PARLEY_ADMIN_USERNAME to a free name", username);
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

	private void restore(User admin) {
		List<String> changes = new ArrayList<>();
		if (!admin.isEnabled()) {
			admin.enable();
			changes.add("enabled it");
		}
		if (admin.getRole() != Role.ADMIN) {
			admin.changeRole(Role.ADMIN);
			changes.add("made it an admin");
		}
		if (!passwordEncoder.matches(password, admin.getPasswordHash())) {
			admin.changePasswordHash(passwordEncoder.encode(password));
			changes.add("set its password");
		}
		if (!changes.isEmpty()) {
			log.warn("Restored admin account '{}' from PARLEY_ADMIN_USERNAME and PARLEY_ADMIN_PASSWORD: {}",
					admin.getUsername(), String.join(", ", changes));
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
