package org.parley.proposal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A key figure as printed: "600,000 personnel", or only the qualifier when there is no number. */
public record FigureView(String measureSlug, String measureName, String unit, BigDecimal value, String qualifier) {

	/** The number with thousands separators and no trailing zeros, or null when the point sets none. */
	public String formattedValue() {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

}
