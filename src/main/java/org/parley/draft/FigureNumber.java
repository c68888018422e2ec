package org.parley.draft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A key figure's value as an editor types it: "600000", "600,000", "600 000" or "1.5", within
 * the column's numeric(20,4).
 */
@Documented
@Constraint(validatedBy = FigureNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface FigureNumber {

	String message() default "{FigureNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<FigureNumber, String> {

		/** The number, or null when there is none or it is not a number that fits. */
		static BigDecimal parse(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value.strip().replaceAll("[,\\s\u00a0\u202f]", ""));
				boolean fits = number.scale() <= 4 && number.precision() - number.scale() <= 16;
				return fits ? number : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || parse(value) != null;
		}

	}

}
