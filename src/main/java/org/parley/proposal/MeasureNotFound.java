package org.parley.proposal;

import org.parley.system.NotFoundException;

/** No measure has the slug a page names. Answers 404 (system.web.ErrorPages). */
public class MeasureNotFound extends NotFoundException {

	public MeasureNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
