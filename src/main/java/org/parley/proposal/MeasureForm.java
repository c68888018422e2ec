package org.parley.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.parley.system.ReferenceForm;

/** A measure as an editor adds or corrects it. */
public class MeasureForm extends ReferenceForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 40)
	private String unit;

	static MeasureForm from(Measure entity) {
		MeasureForm form = new MeasureForm();
		form.setLockVersion(entity.getLockVersion());
		form.setSlug(entity.getSlug());
		form.name = entity.getName();
		form.unit = entity.getUnit();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

}
