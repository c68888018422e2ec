package org.parley.proposal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A key figure as printed: "600,000 personnel", or only the qualifier when there is no number. */
public record FigureView(String measureSlug, String measureName, String unit, BigDecimal value, String qualifier) {

	/** The number with thousands separators and no trailing zeros, or null when the point sets none. */
	public String formattedValue() {
		return formattedValue(Locale.ENGLISH);
	}

	/** The same, written as the reader's language writes numbers: "600,000", "600 000". */
	public String formattedValue(Locale locale) {
		return format(value, locale);
	}

	/** The one way Parley writes a figure: up to four decimals, grouped as {@code locale} groups digits. */
	public static String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

}
