package org.parley.topic;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.parley.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Topics for the reading pages. */
@Service
@Transactional(readOnly = true)
public class TopicQueries {

	private final EntityManager em;

	TopicQueries(EntityManager em) {
		this.em = em;
	}

	/** Every topic by name, as the filters of the analyst pages list them. */
	public List<TopicRef> refs() {
		return em.createQuery("select new org.parley.topic.TopicRef(t.slug, t.name) from Topic t order by t.name",
				TopicRef.class).getResultList();
	}

	public List<TopicView> topics() {
		return em.createQuery("select new org.parley.topic.TopicView(t.id, t.slug, t.name, t.description)"
				+ " from Topic t order by t.name, t.id", TopicView.class).getResultList();
	}

	/** A page of {@link #topics()}, in the same order: a count and the page's topics. */
	public Page<TopicView> topics(Pageable page) {
		long total = em.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
		return Paging.of(page, total, () -> em.createQuery("select new org.parley.topic.TopicView(t.id, t.slug, t.name,"
				+ " t.description) from Topic t order by t.name, t.id", TopicView.class)
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList());
	}

	public TopicView topic(String slug) {
		return em.createQuery("select new org.parley.topic.TopicView(t.id, t.slug, t.name, t.description)"
				+ " from Topic t where t.slug = :slug", TopicView.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new TopicNotFound("error.topic.notFound", slug));
	}

}
