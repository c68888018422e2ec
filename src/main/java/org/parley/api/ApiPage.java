package org.parley.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list that grows with the data: {@code page} counts from 0, {@code total} is
 * the number of items in the whole list.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

	/**
	 * The items of a page unless {@code size} asks for more: the page of the HTML lists, so that a
	 * page costs the same to read and to serve however long the list grows. A constant string
	 * for the {@code @RequestParam} defaults.
	 */
	public static final String DEFAULT_SIZE = "20";

	public static final int MAX_SIZE = 200;

	/** A page read from the database, its items as the API shows them. */
	public static <T, R> ApiPage<R> of(Page<T> read, Function<T, R> shown) {
		return new ApiPage<>(read.getContent().stream().map(shown).toList(), read.getNumber(), read.getSize(),
				read.getTotalElements());
	}

}
