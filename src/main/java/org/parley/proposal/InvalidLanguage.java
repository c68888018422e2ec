package org.parley.proposal;

import org.parley.system.BadRequestException;

/** A {@code ?lang=} that names no language Parley reads, or too many. Answers 400. */
public class InvalidLanguage extends BadRequestException {

	public InvalidLanguage(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
