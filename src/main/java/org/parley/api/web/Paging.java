package org.parley.api.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import org.parley.api.ApiPage;
import org.parley.system.BadRequestException;

/** The {@code page} and {@code size} parameters of every list that grows with the data. */
final class Paging {

	static final String PAGE = "Page number, from 0.";

	static final String SIZE = "Items per page, 1 to " + ApiPage.MAX_SIZE + " (default " + ApiPage.DEFAULT_SIZE + ").";

	private Paging() {
	}

	/** The page to read from the database: {@code page} counts from 0 here, as in the API. */
	static Pageable pageable(int page, int size) {
		if (page < 0) {
			throw new BadRequestException("error.api.page", page);
		}
		if (size < 1 || size > ApiPage.MAX_SIZE) {
			throw new BadRequestException("error.api.size", ApiPage.MAX_SIZE, size);
		}
		return PageRequest.of(page, size);
	}

}
