package org.parley.system;

import java.util.Arrays;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an error page says: a key of messages.properties and its arguments. A key that is
 * missing shows as itself, so an explanation still written in words reads as it did.
 */
final class Explanation extends DefaultMessageSourceResolvable {

	Explanation(String messageKey, Object... arguments) {
		super(new String[] { messageKey }, arguments, messageKey);
	}

	@Override
	public String toString() {
		Object[] arguments = getArguments();
		return getDefaultMessage() + (arguments == null || arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
	}

}
