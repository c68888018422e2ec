package org.parley.draft;

/** One key figure of a point in the draft form; a row without a measure is ignored. */
public class FigureRow {

	private String measure;

	private String value;

	private String qualifier;

	public FigureRow() {
	}

	FigureRow(String measure, String value, String qualifier) {
		this.measure = measure;
		this.value = value;
		this.qualifier = qualifier;
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
