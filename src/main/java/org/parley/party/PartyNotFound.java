package org.parley.party;

import org.parley.system.NotFoundException;

/** No party has the slug a page names. Answers 404 (system.web.ErrorPages). */
public class PartyNotFound extends NotFoundException {

	public PartyNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
