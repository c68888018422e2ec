package org.parley.dataset;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** Whether the database holds any content yet (users are not content). */
@Component
class DatabaseContents {

	private final EntityManager entityManager;

	DatabaseContents(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	boolean isEmpty() {
		Number rows = (Number) entityManager.createNativeQuery("""
				select (select count(*) from party) + (select count(*) from topic) + (select count(*) from source)
				     + (select count(*) from proposal) + (select count(*) from event) + (select count(*) from measure)
				""").getSingleResult();
		return rows.longValue() == 0;
	}

}
