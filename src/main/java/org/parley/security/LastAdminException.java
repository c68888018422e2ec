package org.parley.security;

/** Refused: disabling this account would leave no enabled admin to manage the others. */
public class LastAdminException extends RuntimeException {

	private final String username;

	LastAdminException(String username) {
		super("'" + username + "' is the last enabled admin.");
		this.username = username;
	}

	public String getUsername() {
		return username;
	}

}
