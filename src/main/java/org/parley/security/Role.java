package org.parley.security;

public enum Role {
	EDITOR, ADMIN
}
