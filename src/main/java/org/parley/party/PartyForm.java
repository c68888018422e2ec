package org.parley.party;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A party as an editor adds or corrects it; members by slug (a group's member parties). */
public class PartyForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PartyKind kind;

	private List<String> members = new ArrayList<>();

	static PartyForm from(Party party) {
		PartyForm form = new PartyForm();
		form.lockVersion = party.getLockVersion();
		form.slug = party.getSlug();
		form.name = party.getName();
		form.kind = party.getKind();
		form.members = party.getMembers().stream().map(Party::getSlug).sorted().toList();
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
