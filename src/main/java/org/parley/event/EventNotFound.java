package org.parley.event;

import org.parley.system.NotFoundException;

/** No event has the slug a page names. Answers 404 (system.web.ErrorPages). */
public class EventNotFound extends NotFoundException {

	public EventNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
