package org.parley.source;

/** How well a date is known: to the day, deduced from a page's content, or only the month. */
public enum DatePrecision {
	EXACT, INFERRED, MONTH
}
