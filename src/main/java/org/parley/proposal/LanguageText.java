package org.parley.proposal;

import java.util.List;

import org.parley.source.SourceRef;

/**
 * A point's wording as a page shows it in one language: the primary (English) text with its
 * {@link TextBasis}, or a {@link PointText} with its {@link WordingBasis}. {@code text} is null
 * when nothing is recorded in that language: the page says so instead of showing another.
 * {@code basisKey} is the message key of the basis label.
 */
public record LanguageText(Language language, String title, String text, String basisKey, boolean reportedChange,
		List<SourceRef> sources) {

	public static LanguageText missing(Language language) {
		return new LanguageText(language, null, null, null, false, List.of());
	}

	/** The primary text of a point, in English. */
	public static LanguageText primary(PointView point) {
		TextBasis basis = point.textBasis();
		return new LanguageText(Language.EN, point.title(), point.text(), basis == null ? null : "TextBasis." + basis,
				!TextBasis.isWording(basis), point.sources());
	}

	public boolean recorded() {
		return text != null;
	}

	public String code() {
		return language.code();
	}

}
