package org.parley.source;

import org.parley.system.NotFoundException;

/** No source has the key a page names. Answers 404 (system.web.ErrorPages). */
public class SourceNotFound extends NotFoundException {

	public SourceNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
