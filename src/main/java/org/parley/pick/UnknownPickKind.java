package org.parley.pick;

import org.parley.system.NotFoundException;

/** A picker's search names something that is not chosen with a picker. Answers 404. */
public class UnknownPickKind extends NotFoundException {

	public UnknownPickKind(String kind) {
		super("error.pick.unknownKind", kind);
	}

}
