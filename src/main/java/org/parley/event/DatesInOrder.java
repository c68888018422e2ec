package org.parley.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An event does not end before it starts; reported on its end. The event form and the importer both apply it. */
@Documented
@Constraint(validatedBy = DatesInOrder.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {

	String message() default "{DatesInOrder}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<DatesInOrder, EventForm> {

		/** Whether the dates are in order; a missing one is for other rules to judge. */
		public static boolean inOrder(LocalDate startsOn, LocalDate endsOn) {
			return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
		}

		@Override
		public boolean isValid(EventForm form, ConstraintValidatorContext context) {
			if (inOrder(form.getStartsOn(), form.getEndsOn())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("endsOn")
				.addConstraintViolation();
			return false;
		}

	}

}
