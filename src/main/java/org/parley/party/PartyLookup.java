package org.parley.party;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** Parties and people as choices of editing forms. */
@Component
public class PartyLookup {

	private final EntityManager em;

	PartyLookup(EntityManager em) {
		this.em = em;
	}

	public List<Party> parties() {
		return em.createQuery("select p from Party p order by p.name", Party.class).getResultList();
	}

	public List<Person> people() {
		return em.createQuery("select p from Person p join fetch p.party order by p.name", Person.class)
			.getResultList();
	}

}
