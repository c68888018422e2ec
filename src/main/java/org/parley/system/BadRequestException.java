package org.parley.system;

/**
 * A request parameter is malformed; the message tells the reader what was wrong. Domain code
 * throws it (or a feature's subclass) without knowing about HTTP; system.web.ErrorPages
 * answers 400.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
