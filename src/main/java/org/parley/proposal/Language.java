package org.parley.proposal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages a point's wording is read in. A point's primary text is English; the others
 * are {@link PointText}s. Codes are ISO 639-1, as in {@code ?lang=en,uk}.
 */
public enum Language {

	EN, UK, RU;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether this is the language of a point's primary text (point.text). */
	public boolean primary() {
		return this == EN;
	}

	/** The language of an ISO code ({@code uk}), or null for an unknown one. */
	public static Language of(String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(values()).filter(l -> l.code().equals(code.trim())).findFirst().orElse(null);
	}

	/** The languages a point may be translated into (every one but the primary text's). */
	public static java.util.List<Language> translations() {
		return Arrays.stream(values()).filter(l -> !l.primary()).toList();
	}

}
