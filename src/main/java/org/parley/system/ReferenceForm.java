package org.parley.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the form of every record with a short name (a topic, party, person, measure, event)
 * holds: the short name, part of the record's address, and the lock version the editor read,
 * so that a stale correction is refused with the 409 page instead of overwriting another
 * editor's change. The fields keep their names, so form parameters and error codes
 * ({@code Pattern.eventForm.slug}) are those of each form.
 */
public abstract class ReferenceForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

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

}
