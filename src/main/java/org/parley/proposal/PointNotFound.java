package org.parley.proposal;

import org.parley.system.NotFoundException;

/** The version has no point with the label a page names. Answers 404 (system.web.ErrorPages). */
public class PointNotFound extends NotFoundException {

	public PointNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
