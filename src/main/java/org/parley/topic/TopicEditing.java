package org.parley.topic;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;
import org.parley.system.Entities;
import org.parley.system.FormSubmissions;
import org.parley.system.References;
import org.parley.system.Referrers;

/** Editors add, correct and delete topics; a topic that points or positions carry is not deleted. */
@Service
public class TopicEditing {

	private final EntityManager em;

	private final Entities entities;

	private final FormSubmissions submissions;

	private final Referrers referrers;

	TopicEditing(EntityManager em, Entities entities, FormSubmissions submissions, Referrers referrers) {
		this.em = em;
		this.entities = entities;
		this.submissions = submissions;
		this.referrers = referrers;
	}

	@Transactional(readOnly = true)
	public TopicForm form(String slug) {
		return TopicForm.from(topic(slug));
	}

	/** Adds the topic (once per form token); returns its page, or null when {@code errors} were reported. */
	@Transactional
	public String create(TopicForm form, UUID token, Errors errors) {
		return submissions.create(token, errors,
				() -> entities.refuseTakenSlug(Topic.class, form.getSlug(), errors, "topic.slug.taken"), () -> {
			em.persist(new Topic(form.getSlug(), form.getName(), form.getDescription()));
			return page(form.getSlug());
		});
	}

	@Transactional
	public String update(String slug, TopicForm form, Errors errors) {
		Topic topic = topic(slug);
		if (topic.getLockVersion() != form.getLockVersion()) {
			throw new EditConflictException(slug, page(slug) + "/edit", List.of(
					new Field("topic.name", null, form.getName(), topic.getName()),
					new Field("topic.description", null, form.getDescription(), topic.getDescription())));
		}
		if (errors.hasErrors()) {
			return null;
		}
		topic.revise(form.getName(), form.getDescription());
		return page(slug);
	}

	@Transactional(readOnly = true)
	public References references(String slug) {
		return references(topic(slug));
	}

	/** Deletes the topic unless something refers to it; returns what refers to it. */
	@Transactional
	public References delete(String slug) {
		Topic topic = topic(slug);
		return referrers.deleteUnlessReferred(topic, references(topic));
	}

	private References references(Topic topic) {
		long id = topic.getId();
		return new References(topic.getName(), page(topic.getSlug()), List.of(
				referrers.of("references.points", """
						select pr.name || ' v' || v.number || ' · ' || pt.label,
						       '/proposals/' || pr.slug || '/versions/' || v.number
						         || case when v.status = 'DRAFT' then '/edit' else '/points/' || pt.label end
						from point_topic t join point pt on pt.id = t.point_id
						join proposal_version v on v.id = pt.version_id join proposal pr on pr.id = v.proposal_id
						where t.topic_id = :id""", id),
				referrers.of("references.positions", """
						select to_char(p.stated_on, 'YYYY-MM-DD') || ' · ' || left(p.paraphrase, 80),
						       '/positions/' || p.id || '/edit'
						from position p where p.topic_id = :id or p.target_topic_id = :id""", id)));
	}

	private Topic topic(String slug) {
		return entities.find(Topic.class, "slug", slug)
			.orElseThrow(() -> new TopicNotFound("error.topic.notFound", slug));
	}

	private static String page(String slug) {
		return "/topics/" + slug;
	}

}
