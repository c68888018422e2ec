package org.parley.compare;

import org.parley.system.BadRequestException;

/** A comparison that cannot be made: too few or too many versions, a base not among them. Answers 400. */
public class InvalidComparison extends BadRequestException {

	public InvalidComparison(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
