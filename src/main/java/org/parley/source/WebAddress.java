package org.parley.source;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A source's address as an editor pastes it from a browser: http(s), a host with a dot, no
 * spaces. Not a strict URI: addresses with non-ASCII characters or unencoded brackets are
 * what browsers show, and are kept as they are. The source form and the importer both apply it.
 */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	Pattern PATTERN = Pattern.compile("^https?://[^\\s/?#]+\\.[^\\s]*$");

	String message() default "{WebAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<WebAddress, String> {

		/** Whether the text is such an address; an absent one is for {@code @NotBlank} to judge. */
		public static boolean accepts(String url) {
			return url == null || PATTERN.matcher(url).matches();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return accepts(value);
		}

	}

}
