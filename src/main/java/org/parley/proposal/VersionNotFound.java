package org.parley.proposal;

import org.parley.system.NotFoundException;

/** The proposal has no (published) version with the number a page names. Answers 404 (system.web.ErrorPages). */
public class VersionNotFound extends NotFoundException {

	public VersionNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
