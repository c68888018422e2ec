package org.parley.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.parley.event.Event;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.Measure;
import org.parley.proposal.Proposal;
import org.parley.proposal.Provenance;
import org.parley.proposal.Version;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.topic.Topic;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Small builders for the reading pages' tests. Every slug gets a suffix unique to this
 * instance, so tests sharing one database (and the sample data, when it is loaded) never
 * collide. Use {@link #save(Consumer)} to build and commit in one transaction.
 */
public class ReadingData {

	private final EntityManager em;

	private final TransactionTemplate tx;

	/** Appended to every slug: "-" and six hex digits. */
	public final String suffix = "-" + UUID.randomUUID().toString().substring(0, 6);

	public ReadingData(EntityManager em, TransactionTemplate tx) {
		this.em = em;
		this.tx = tx;
	}

	public void save(Consumer<ReadingData> build) {
		tx.executeWithoutResult(status -> build.accept(this));
	}

	public String slug(String base) {
		return base + suffix;
	}

	public Party party(String slug, String name, PartyKind kind, Party... members) {
		Party party = new Party(slug(slug), name, kind);
		for (Party member : members) {
			party.getMembers().add(member);
		}
		em.persist(party);
		return party;
	}

	public Person person(String slug, String name, String role, Party party) {
		Person person = new Person(slug(slug), name, role, party);
		em.persist(person);
		return person;
	}

	public Topic topic(String slug, String name) {
		Topic topic = new Topic(slug(slug), name, "About " + name);
		em.persist(topic);
		return topic;
	}

	public Source source(String key, String publisher, Reliability reliability, LocalDate publishedOn) {
		return source(key, publisher, reliability, publishedOn, DatePrecision.EXACT);
	}

	public Source source(String key, String publisher, Reliability reliability, LocalDate publishedOn,
			DatePrecision precision) {
		Source source = new Source(slug(key), publisher, "Report by " + publisher, "https://example.org/" + slug(key),
				publishedOn, precision, reliability, null);
		em.persist(source);
		return source;
	}

	public Measure measure(String slug, String name, String unit) {
		Measure measure = new Measure(slug(slug), name, unit);
		em.persist(measure);
		return measure;
	}

	public Proposal proposal(String slug, String name, Party... proposers) {
		Proposal proposal = new Proposal(slug(slug), name, "Summary of " + name);
		for (Party party : proposers) {
			proposal.getProposers().add(party);
		}
		em.persist(proposal);
		return proposal;
	}

	/** A version with {@code points} points labelled "1".."n", published unless {@code draft}. */
	public Version version(Proposal proposal, int number, String title, LocalDate issuedOn, boolean published,
			int points, Source source) {
		Version version = new Version(proposal, number, title, issuedOn, DatePrecision.EXACT, Provenance.LEAKED,
				Completeness.COMPLETE, null);
		version.getSources().add(source);
		for (int i = 1; i <= points; i++) {
			version.addPoint(String.valueOf(i), "Point " + i + " of " + title, "Text of point " + i + " of " + title)
				.getSources()
				.add(source);
		}
		if (published) {
			version.publish(Instant.parse("2025-11-21T10:00:00Z"));
		}
		em.persist(version);
		return version;
	}

	public Position position(Party party, Person person, Stance stance, LocalDate statedOn, Source source,
			String paraphrase) {
		return new Position(party, person, stance, statedOn, paraphrase, null, source);
	}

	public <T> T persist(T entity) {
		em.persist(entity);
		return entity;
	}

	public Event event(String slug, String title, LocalDate startsOn, String place, Source source) {
		Event event = new Event(slug(slug), title, startsOn, null, place, "Outcome of " + title, false, null);
		event.getSources().add(source);
		em.persist(event);
		return event;
	}

	public static BigDecimal number(long value) {
		return BigDecimal.valueOf(value);
	}

}
