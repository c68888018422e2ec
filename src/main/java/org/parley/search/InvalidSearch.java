package org.parley.search;

import org.parley.system.BadRequestException;

/** A search that cannot be run: a query too long, an unknown filter value, a reversed date range. */
public class InvalidSearch extends BadRequestException {

	public InvalidSearch(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
