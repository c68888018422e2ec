package org.parley.proposal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Language} as its ISO code ({@code uk}), as the dataset and the URLs write it. */
@Converter
class LanguageColumn implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return language == null ? null : language.code();
	}

	@Override
	public Language convertToEntityAttribute(String code) {
		return Language.of(code);
	}

}
