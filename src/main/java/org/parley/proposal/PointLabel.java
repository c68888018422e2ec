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
 * A point's label as it appears in {@code proposal@n#label}: up to {@value VersionKey#MAX_LABEL_LENGTH}
 * letters, digits, dots, dashes or brackets, starting with a letter or digit. The draft form
 * and the importer both apply it.
 */
@Documented
@Constraint(validatedBy = PointLabel.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PointLabel {

	String message() default "{PointLabel}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PointLabel, String> {

		/** Whether the text is such a label; an absent or blank one is for {@code @NotBlank} to judge. */
		public static boolean accepts(String label) {
			return label == null || label.isBlank() || isLabel(label);
		}

		/** Whether the text is a label (absent is not). */
		public static boolean isLabel(String label) {
			return label != null && label.length() <= VersionKey.MAX_LABEL_LENGTH
					&& VersionKey.LABEL.matcher(label).matches();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return accepts(value);
		}

	}

}
