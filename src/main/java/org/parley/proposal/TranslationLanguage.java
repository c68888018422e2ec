package org.parley.proposal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The code of a language a point's wording may be recorded in beside its primary (English)
 * text: {@code uk} or {@code ru}. The texts form and the importer both apply it.
 */
@Documented
@Constraint(validatedBy = TranslationLanguage.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface TranslationLanguage {

	String message() default "{TranslationLanguage}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TranslationLanguage, String> {

		/** Whether the code names a language other than the primary text's; absent is for {@code @NotBlank}. */
		public static boolean accepts(String code) {
			return code == null || code.isBlank() || isTranslation(code);
		}

		public static boolean isTranslation(String code) {
			Language language = Language.of(code);
			return language != null && !language.primary() && language.code().equals(code);
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return accepts(value);
		}

	}

}
