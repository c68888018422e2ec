package org.parley.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Previous / Next / Page x of y" under a paged list ({@code fragments/reading :: pager}):
 * the neighbours' addresses keep every other parameter of the request (a timeline's filters),
 * and the first page's address has no {@code page} at all, so it is the list's own address.
 */
public record PageLinks(int number, int pageCount, String previous, String next) {

	public static PageLinks of(Page<?> page, HttpServletRequest request) {
		return of(page.getPageable(), page.getTotalElements(), request);
	}

	/**
	 * For a page showing several lists at once (a topic's points and positions), paged together:
	 * as many pages as the longest needs. A page past them all is refused here.
	 */
	public static PageLinks together(HttpServletRequest request, Page<?>... lists) {
		Page<?> longest = lists[0];
		for (Page<?> list : lists) {
			if (list.getTotalElements() > longest.getTotalElements()) {
				longest = list;
			}
		}
		Paging.within(longest.getPageable(), longest.getTotalElements());
		return of(longest, request);
	}

	private static PageLinks of(Pageable page, long total, HttpServletRequest request) {
		int number = page.getPageNumber() + 1;
		int pageCount = (int) Paging.pageCount(total, page.getPageSize());
		return new PageLinks(number, pageCount, number > 1 ? at(request, number - 1) : null,
				number < pageCount ? at(request, number + 1) : null);
	}

	/** Whether there is more than one page, so the navigation is worth showing. */
	public boolean shown() {
		return pageCount > 1;
	}

	private static String at(HttpServletRequest request, int number) {
		String query = request.getQueryString();
		// the query string as the browser sent it (encoded); only page changes
		UriComponentsBuilder address = UriComponentsBuilder
			.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
		if (number == 1) {
			address.replaceQueryParam("page");
		}
		else {
			address.replaceQueryParam("page", number);
		}
		return address.build().toUriString();
	}

}
