package org.parley.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.parley.search.SearchFilter;
import org.parley.search.SearchKind;

/** Addresses of a search with other parameters: other pages, other formats; the source URL of exports. */
final class SearchParameters {

	private SearchParameters() {
	}

	/** The same search at {@code path} (another format), on page {@code page}. */
	static String at(String path, SearchFilter filter, int page) {
		var uri = ServletUriComponentsBuilder.fromPath(path).queryParam("q", filter.query());
		if (!filter.allKinds()) {
			filter.kinds().stream().map(SearchKind::code).forEach(k -> uri.queryParam("kind", k));
		}
		add(uri, "proposal", filter.proposal());
		add(uri, "version", filter.version());
		add(uri, "party", filter.party());
		add(uri, "topic", filter.topic());
		add(uri, "from", filter.from());
		add(uri, "to", filter.to());
		add(uri, "reliability", filter.reliability() == null ? null : filter.reliability().name().toLowerCase());
		if (page != 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	/** The same search in the JSON API, whose pages count from 0 like every list of the API. */
	static String inApi(SearchFilter filter, int apiPage) {
		String first = at("/api/v1/search", filter, 1);
		return apiPage == 0 ? first : first + "&page=" + apiPage;
	}

	/** The full address this request was made at, for an export to say where it came from. */
	static String source(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
	}

	/** An absolute address for a permalink path. */
	static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
	}

	private static void add(org.springframework.web.util.UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value.toString());
		}
	}

	static final List<String> KINDS = List.of(SearchKind.values()).stream().map(SearchKind::code).toList();

}
