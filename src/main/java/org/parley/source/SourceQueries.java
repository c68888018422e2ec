package org.parley.source;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.parley.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources for the reading pages. */
@Service
@Transactional(readOnly = true)
public class SourceQueries {

	private static final String SELECT = """
			select new org.parley.source.SourceView(s.id, s.key, s.publisher, s.title, s.url, s.publishedOn,
			    s.datePrecision, s.reliability, s.note)
			from Source s
			""";

	private final EntityManager em;

	SourceQueries(EntityManager em) {
		this.em = em;
	}

	/** Every source, latest first. */
	public List<SourceView> sources() {
		return em.createQuery(SELECT + "order by s.publishedOn desc, s.publisher, s.key", SourceView.class)
			.getResultList();
	}

	/** A page of {@link #sources()}, in the same order: a count and the page's sources. */
	public Page<SourceView> sources(Pageable page) {
		long total = em.createQuery("select count(s) from Source s", Long.class).getSingleResult();
		return Paging.of(page, total,
				() -> em.createQuery(SELECT + "order by s.publishedOn desc, s.publisher, s.key", SourceView.class)
					.setFirstResult((int) page.getOffset())
					.setMaxResults(page.getPageSize())
					.getResultList());
	}

	public SourceView source(String key) {
		return em.createQuery(SELECT + "where s.key = :key", SourceView.class)
			.setParameter("key", key)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new SourceNotFound("error.source.notFound", key));
	}

}
