package org.parley.topic;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** Topics as choices of editing forms, and the topics a form names by slug. */
@Component
public class TopicLookup {

	private final EntityManager em;

	TopicLookup(EntityManager em) {
		this.em = em;
	}

	public List<Topic> topics() {
		return em.createQuery("select t from Topic t order by t.name", Topic.class).getResultList();
	}

	public List<Topic> topics(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of()
				: em.createQuery("select t from Topic t where t.slug in :slugs", Topic.class)
					.setParameter("slugs", slugs)
					.getResultList();
	}

}
