package org.parley.event;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** Events as choices of editing forms. */
@Component
public class EventLookup {

	private final EntityManager em;

	EventLookup(EntityManager em) {
		this.em = em;
	}

	public List<Event> events() {
		return em.createQuery("select e from Event e order by e.startsOn desc", Event.class).getResultList();
	}

}
