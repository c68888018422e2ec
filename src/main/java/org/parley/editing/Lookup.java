package org.parley.editing;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import org.parley.compare.VersionKey;
import org.parley.event.Event;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.system.web.NotFoundException;
import org.parley.topic.Topic;

/**
 * Finds what editing forms name by slug, key or number. Unknown names in the URL answer
 * 404; names typed into a form are checked by the callers, which reject the field.
 */
@Component
public class Lookup {

	private final EntityManager em;

	Lookup(EntityManager em) {
		this.em = em;
	}

	public Proposal proposal(String slug) {
		return em.createQuery("select p from Proposal p where p.slug = :slug", Proposal.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("There is no proposal '" + slug + "'."));
	}

	public Version version(String proposal, int number) {
		return findVersion(proposal, number)
			.orElseThrow(() -> new NotFoundException("There is no version " + number + " of '" + proposal + "'."));
	}

	public java.util.Optional<Version> findVersion(String proposal, int number) {
		return em.createQuery("""
				select v from Version v join fetch v.proposal p
				where p.slug = :slug and v.number = :number""", Version.class)
			.setParameter("slug", proposal)
			.setParameter("number", number)
			.getResultStream()
			.findFirst();
	}

	/** A version by its key {@code us-28-point-plan@1}; empty when malformed or unknown. */
	public java.util.Optional<Version> findVersion(String key) {
		return VersionKey.read(key).flatMap(k -> findVersion(k.proposal(), k.number()));
	}

	/** A point by its key {@code us-28-point-plan@1#6}; empty when malformed or unknown. */
	public java.util.Optional<Point> findPoint(String key) {
		return VersionKey.PointKey.read(key)
			.flatMap(k -> findVersion(k.version().proposal(), k.version().number()).flatMap(v -> em
				.createQuery("select p from Point p where p.version = :version and p.label = :label", Point.class)
				.setParameter("version", v)
				.setParameter("label", k.label())
				.getResultStream()
				.findFirst()));
	}

	public int nextVersionNumber(Proposal proposal) {
		Integer max = em.createQuery("select max(v.number) from Version v where v.proposal = :p", Integer.class)
			.setParameter("p", proposal)
			.getSingleResult();
		return max == null ? 1 : max + 1;
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

	public List<Measure> measures() {
		return em.createQuery("select m from Measure m order by m.name", Measure.class).getResultList();
	}

	public List<Source> sources() {
		return em.createQuery("select s from Source s order by s.publishedOn desc, s.key", Source.class)
			.getResultList();
	}

	public List<Source> sources(Collection<String> keys) {
		return keys.isEmpty() ? List.of()
				: em.createQuery("select s from Source s where s.key in :keys", Source.class)
					.setParameter("keys", keys)
					.getResultList();
	}

	public java.util.Optional<Source> findSource(String key) {
		return em.createQuery("select s from Source s where s.key = :key", Source.class)
			.setParameter("key", key)
			.getResultStream()
			.findFirst();
	}

	public List<Party> parties() {
		return em.createQuery("select p from Party p order by p.name", Party.class).getResultList();
	}

	public List<Person> people() {
		return em.createQuery("select p from Person p join fetch p.party order by p.name", Person.class)
			.getResultList();
	}

	public List<Event> events() {
		return em.createQuery("select e from Event e order by e.startsOn desc", Event.class).getResultList();
	}

	/** Published versions, newest first, as "based on" choices. */
	public List<Version> publishedVersions() {
		return em.createQuery("""
				select v from Version v join fetch v.proposal
				where v.status = org.parley.proposal.VersionStatus.PUBLISHED
				order by v.proposal.name, v.number""", Version.class).getResultList();
	}

	public <T> java.util.Optional<T> find(Class<T> type, String attribute, Object value) {
		return em.createQuery("select x from " + type.getSimpleName() + " x where x." + attribute + " = :value", type)
			.setParameter("value", value)
			.getResultStream()
			.findFirst();
	}

}
