package org.parley.topic;

import org.parley.system.NotFoundException;

/** No topic has the slug a page names. Answers 404 (system.web.ErrorPages). */
public class TopicNotFound extends NotFoundException {

	public TopicNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
