package org.parley.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A measure as an editor adds or corrects it. */
public class MeasureForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 40)
	private String unit;

	static MeasureForm from(Measure entity) {
		MeasureForm form = new MeasureForm();
		form.lockVersion = entity.getLockVersion();
		form.slug = entity.getSlug();
		form.name = entity.getName();
		form.unit = entity.getUnit();
		return form;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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
