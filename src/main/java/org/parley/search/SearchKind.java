package org.parley.search;

import java.util.Locale;

/** What a search result is; written lower-case in URLs, CSV and JSON ({@code kind=point}). */
public enum SearchKind {

	POINT, POSITION, EVENT, SOURCE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind written {@code code}, or a bad request naming the kinds there are. */
	public static SearchKind of(String code) {
		for (SearchKind kind : values()) {
			if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		throw new InvalidSearch("error.search.kind", code);
	}

}
