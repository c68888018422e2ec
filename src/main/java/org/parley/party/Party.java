package org.parley.party;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A negotiating actor: a state, a group of states, a bloc or an organisation. */
@Entity
@Audited
public class Party {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	@ManyToMany
	@JoinTable(name = "party_member", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "member_id"))
	private Set<Party> members = new LinkedHashSet<>();

	@Version
	private long lockVersion;

	protected Party() {
	}

	public Party(String slug, String name, PartyKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public PartyKind getKind() {
		return kind;
	}

	public Set<Party> getMembers() {
		return members;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	/** A correction by an editor; the slug stays, since addresses and the dataset name it. */
	public void revise(String name, PartyKind kind, java.util.Collection<Party> members) {
		this.name = name;
		this.kind = kind;
		this.members.clear();
		this.members.addAll(members);
	}

}
