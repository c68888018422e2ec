package org.parley.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * The languages a page shows points in: one ({@code ?lang=uk}) or two side by side
 * ({@code ?lang=en,uk}), in the order asked. The reading pages and {@code /compare} read the
 * parameter here, so both refuse the same values with the same message.
 */
public record ReadingLanguages(List<Language> languages) {

	public static final int MAX = 2;

	public ReadingLanguages {
		languages = List.copyOf(languages);
	}

	/** The languages of a {@code lang} parameter, or null when it is absent (the primary text alone). */
	public static ReadingLanguages parse(String lang) {
		if (lang == null) {
			return null;
		}
		List<Language> languages = new ArrayList<>();
		for (String code : lang.split(",", -1)) {
			Language language = Language.of(code);
			if (language == null || !language.code().equals(code.trim())) {
				throw new InvalidLanguage("error.lang.unknown", code.trim());
			}
			if (languages.contains(language)) {
				throw new InvalidLanguage("error.lang.twice", code.trim());
			}
			languages.add(language);
		}
		if (languages.size() > MAX) {
			throw new InvalidLanguage("error.lang.tooMany", lang);
		}
		return new ReadingLanguages(languages);
	}

	/** The languages other than the primary text's, whose texts must be read from point_text. */
	public List<Language> translations() {
		return languages.stream().filter(l -> !l.primary()).toList();
	}

	/** The parameter as it is written in a link ({@code en,uk}). */
	public String parameter() {
		return String.join(",", languages.stream().map(Language::code).toList());
	}

}
