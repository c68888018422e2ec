package org.parley.party;

import java.util.Collection;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** Someone who speaks for a party: Rubio, Peskov, Zelensky. */
@Entity
@Audited
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@Version
	private long lockVersion;

	protected Person() {
	}

	/**
	 * Whether a person of {@code ownParty} can speak for {@code party}: their own party, or a
	 * group it is a member of (the UK's prime minister for the E3). By slugs, so that the
	 * forms and the importer apply the same rule.
	 */
	public static boolean canSpeakFor(String ownParty, String party, Collection<String> membersOfParty) {
		return ownParty.equals(party) || membersOfParty.contains(ownParty);
	}

	public Person(String slug, String name, String role, Party party) {
		this.slug = slug;
		this.name = name;
		this.role = role;
		this.party = party;
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

	public String getRole() {
		return role;
	}

	public Party getParty() {
		return party;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void revise(String name, String role, Party party) {
		this.name = name;
		this.role = role;
		this.party = party;
	}

}
