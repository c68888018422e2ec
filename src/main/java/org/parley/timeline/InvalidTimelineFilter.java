package org.parley.timeline;

import org.parley.system.BadRequestException;

/** A timeline filter that cannot be applied: an unknown party or topic, or a range ending before it starts. */
public class InvalidTimelineFilter extends BadRequestException {

	public InvalidTimelineFilter(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
