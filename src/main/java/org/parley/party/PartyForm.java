package org.parley.party;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parley.system.ReferenceForm;

/** A party as an editor adds or corrects it; members by slug (a group's member parties). */
public class PartyForm extends ReferenceForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PartyKind kind;

	private List<String> members = new ArrayList<>();

	static PartyForm from(Party party) {
		PartyForm form = new PartyForm();
		form.setLockVersion(party.getLockVersion());
		form.setSlug(party.getSlug());
		form.name = party.getName();
		form.kind = party.getKind();
		form.members = party.getMembers().stream().map(Party::getSlug).sorted().toList();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PartyKind getKind() {
		return kind;
	}

	public void setKind(PartyKind kind) {
		this.kind = kind;
	}

	public List<String> getMembers() {
		return members;
	}

	public void setMembers(List<String> members) {
		this.members = members == null ? new ArrayList<>() : members;
	}

}
