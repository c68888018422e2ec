package org.parley.system;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The pages of a list that grows with the data: numbered from 1 in addresses
 * ({@code ?page=2}), read with one count and one limited query, so a page costs the same
 * however long the list is.
 */
public final class Paging {

	private Paging() {
	}

	/** Page {@code page} (from 1) of {@code size} items; a page before the first is refused before any query. */
	public static Pageable page(int page, int size) {
		if (page < 1) {
			throw new PageOutOfRange(page, 1);
		}
		return PageRequest.of(page - 1, size);
	}

	/**
	 * Refuses a page after the last of {@code total} items; an empty list has one (empty) page.
	 * Call it after the count and before the query of the page.
	 */
	public static void within(Pageable page, long total) {
		long pageCount = pageCount(total, page.getPageSize());
		if (page.getPageNumber() >= pageCount) {
			throw new PageOutOfRange(page.getPageNumber() + 1L, pageCount);
		}
	}

	/**
	 * The page of a list of {@code total} items; its rows are read only when the page holds some
	 * (a page shared by several lists may be past the end of the shorter ones).
	 */
	public static <T> Page<T> of(Pageable page, long total, Supplier<List<T>> rows) {
		return new PageImpl<>(page.getOffset() < total ? rows.get() : List.of(), page, total);
	}

	public static long pageCount(long total, int size) {
		return Math.max(1, (total + size - 1) / size);
	}

}
