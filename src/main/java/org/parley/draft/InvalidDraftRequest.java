package org.parley.draft;

import org.parley.system.BadRequestException;

/**
 * A request about a draft that Parley's own forms never send (a point of another draft, an
 * empty draft to publish). Answers 400 (system.web.ErrorPages).
 */
public class InvalidDraftRequest extends BadRequestException {

	public InvalidDraftRequest(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
