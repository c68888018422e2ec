package org.parley.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something named in the URL does not exist: an unknown slug, version number or label.
 * Feature exceptions extend it so that every one of them answers 404 with a readable page.
 * It carries a key of messages.properties and its arguments; the page says it in words.
 */
public class NotFoundException extends RuntimeException {

	private final transient Explanation explanation;

	public NotFoundException(String messageKey, Object... arguments) {
		this(new Explanation(messageKey, arguments));
	}

	private NotFoundException(Explanation explanation) {
		super(explanation.toString());
		this.explanation = explanation;
	}

	/** What the 404 page says, for a MessageSource. */
	public MessageSourceResolvable explanation() {
		return explanation;
	}

}
