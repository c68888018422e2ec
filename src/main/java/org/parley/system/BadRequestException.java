package org.parley.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request parameter is malformed; the message tells the reader what was wrong. Domain code
 * throws it (or a feature's subclass) without knowing about HTTP; system.web.ErrorPages
 * answers 400. It carries a key of messages.properties and its arguments.
 */
public class BadRequestException extends RuntimeException {

	private final transient Explanation explanation;

	public BadRequestException(String messageKey, Object... arguments) {
		this(new Explanation(messageKey, arguments));
	}

	private BadRequestException(Explanation explanation) {
		super(explanation.toString());
		this.explanation = explanation;
	}

	/** What the 400 page says, for a MessageSource. */
	public MessageSourceResolvable explanation() {
		return explanation;
	}

}
