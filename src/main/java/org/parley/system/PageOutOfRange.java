package org.parley.system;

/** A {@code page} number before the first page or after the last of a paged list. */
public class PageOutOfRange extends BadRequestException {

	public PageOutOfRange(long page, long pageCount) {
		super("error.page.outOfRange", page, pageCount);
	}

}
