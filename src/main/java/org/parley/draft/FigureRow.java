package org.parley.draft;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/** One key figure of a point in the draft form; a row without a measure is ignored. */
@StatedFigure
public class FigureRow {

	private String measure;

	@FigureNumber
	private String value;

	@Size(max = 300)
	private String qualifier;

	public FigureRow() {
	}

	FigureRow(String measure, String value, String qualifier) {
		this.measure = measure;
		this.value = value;
		this.qualifier = qualifier;
	}

	/** The value typed, as a number; null when there is none. */
	BigDecimal number() {
		return FigureNumber.Check.parse(value);
	}

	boolean isBlank() {
		return measure == null || measure.isBlank();
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getQualifier() {
		return qualifier;
	}

	public void setQualifier(String qualifier) {
		this.qualifier = qualifier;
	}

}
