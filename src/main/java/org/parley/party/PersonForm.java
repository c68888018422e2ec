package org.parley.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.parley.system.ReferenceForm;

/** A person as an editor adds or corrects them; the party by slug. */
public class PersonForm extends ReferenceForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 300)
	private String role;

	@NotBlank
	private String party;

	static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.setLockVersion(person.getLockVersion());
		form.setSlug(person.getSlug());
		form.name = person.getName();
		form.role = person.getRole();
		form.party = person.getParty().getSlug();
		return form;
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
