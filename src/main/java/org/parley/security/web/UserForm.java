package org.parley.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.parley.security.Role;

/** A new account, as the admin types it. */
class UserForm {

	@NotBlank
	@Pattern(regexp = "^[A-Za-z0-9._-]{3,60}$")
	private String username;

	@NotBlank
	@Size(min = 12, max = 200)
	private String password;

	@NotNull
	private Role role = Role.EDITOR;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
