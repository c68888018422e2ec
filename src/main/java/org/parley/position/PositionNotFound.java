package org.parley.position;

import org.parley.system.NotFoundException;

/** No position has the number a page names. Answers 404 (system.web.ErrorPages). */
public class PositionNotFound extends NotFoundException {

	public PositionNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
