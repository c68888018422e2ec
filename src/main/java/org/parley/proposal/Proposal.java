package org.parley.proposal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.hibernate.envers.Audited;

import org.parley.party.Party;

/** A plan put forward by one or more parties; its texts are its {@link Version}s. */
@Entity
@Audited
public class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String summary;

	@ManyToMany
	@JoinTable(name = "proposal_party", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "party_id"))
	private Set<Party> proposers = new LinkedHashSet<>();

	@jakarta.persistence.Version
	private long lockVersion;

	protected Proposal() {
	}

	public Proposal(String slug, String name, String summary) {
		this.slug = slug;
		this.name = name;
		this.summary = summary;
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

	public String getSummary() {
		return summary;
	}

	public Set<Party> getProposers() {
		return proposers;
	}

}
