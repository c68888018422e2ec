package org.parley.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person as an editor adds or corrects them; the party by slug. */
public class PersonForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 300)
	private String role;

	@NotBlank
	private String party;

	static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.lockVersion = person.getLockVersion();
		form.slug = person.getSlug();
		form.name = person.getName();
		form.role = person.getRole();
		form.party = person.getParty().getSlug();
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

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getParty() {
		return party;
	}

	public void setParty(String party) {
		this.party = party;
	}

}
