package org.parley.calendar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date that cannot be in the future: see {@link Today#allows}. Used by the forms and the importer. */
@Documented
@Constraint(validatedBy = NotAfterTomorrowValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterTomorrow {

	String message() default "{NotAfterTomorrow}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
