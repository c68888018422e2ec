package org.parley.draft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.parley.proposal.KeyFigure;

/** A figure row gives a value, or words saying why there is none ({@link KeyFigure.Amount#isStated}); reported on the value. */
@Documented
@Constraint(validatedBy = StatedFigure.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StatedFigure {

	String message() default "{StatedFigure}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<StatedFigure, FigureRow> {

		@Override
		public boolean isValid(FigureRow row, ConstraintValidatorContext context) {
			boolean hasValue = row.getValue() != null && !row.getValue().isBlank();
			if (KeyFigure.Amount.isStated(hasValue, row.getQualifier())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("value")
				.addConstraintViolation();
			return false;
		}

	}

}
