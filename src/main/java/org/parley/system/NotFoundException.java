package org.parley.system;

/**
 * Something named in the URL does not exist: an unknown slug, version number or label.
 * Feature exceptions extend it so that every one of them answers 404 with a readable page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
