package org.parley.event;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

import org.parley.party.Party;
import org.parley.party.Person;

/** Who took part: a known person, a whole party, or a delegation known only by a name. */
@Entity
@Audited
public class EventParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Event event;

	private int ordinal;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	private Party party;

	private String name;

	protected EventParticipant() {
	}

	private EventParticipant(Person person, Party party, String name) {
		this.person = person;
		this.party = party;
		this.name = name;
	}

	public static EventParticipant person(Person person) {
		return new EventParticipant(person, null, null);
	}

	public static EventParticipant party(Party party) {
		return new EventParticipant(null, party, null);
	}

	public static EventParticipant named(String name) {
		return new EventParticipant(null, null, name);
	}

	void attachTo(Event event, int ordinal) {
		this.event = event;
		this.ordinal = ordinal;
	}

	public Long getId() {
		return id;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public Person getPerson() {
		return person;
	}

	public Party getParty() {
		return party;
	}

	public String getName() {
		return name;
	}

}
