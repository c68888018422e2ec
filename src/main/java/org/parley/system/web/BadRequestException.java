package org.parley.system.web;

/** A request parameter is malformed; the message tells the reader what was wrong. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
