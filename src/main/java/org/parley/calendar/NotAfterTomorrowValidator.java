package org.parley.calendar;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class NotAfterTomorrowValidator implements ConstraintValidator<NotAfterTomorrow, LocalDate> {

	private final Today today;

	NotAfterTomorrowValidator(Today today) {
		this.today = today;
	}

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		return today.allows(value);
	}

}
