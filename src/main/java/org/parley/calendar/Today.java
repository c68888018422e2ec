package org.parley.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * What "today" is for Parley's dates. Nothing recorded can have happened after tomorrow:
 * tomorrow is allowed because somewhere east of the server it already is.
 */
@Component
public class Today {

	private final Clock clock;

	public Today(Clock clock) {
		this.clock = clock;
	}

	public LocalDate date() {
		return LocalDate.now(clock);
	}

	/** The latest date a source, position, event or version may carry. */
	public LocalDate latestAllowed() {
		return date().plusDays(1);
	}

	/** Whether a recorded date can be true; an absent date is someone else's rule. */
	public boolean allows(LocalDate date) {
		return date == null || !date.isAfter(latestAllowed());
	}

	/**
	 * The last day whose statements count for a current stance "as of" the given day (or
	 * now): never later than {@link #latestAllowed()}, so a future-dated statement is never current.
	 */
	public LocalDate upTo(LocalDate asOf) {
		LocalDate latest = latestAllowed();
		return asOf == null || asOf.isAfter(latest) ? latest : asOf;
	}

}
