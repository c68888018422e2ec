package org.parley.security;

import org.parley.system.NotFoundException;

/** No account has the number a page names. Answers 404 (system.web.ErrorPages). */
public class AccountNotFound extends NotFoundException {

	public AccountNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
