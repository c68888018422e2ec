package org.parley.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts from PostgreSQL. Guessing is slowed down by {@link LoginThrottle}, which never locks an account. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	DatabaseUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	// not read-only, so never on a lagging replica: a disabled account or a new password counts at once
	@Transactional
	public UserDetails loadUserByUsername(String username) {
		User user = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
