package org.parley.position;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

import org.parley.event.Event;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.proposal.Point;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.topic.Topic;

/**
 * What a party said about a point, a whole version or a topic, on a date, per a source.
 * Positions are history: a later statement supersedes an earlier one for "current" views,
 * but both are kept.
 */
@Entity
@Audited
public class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	private LocalDate statedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	private Point targetPoint;

	@ManyToOne(fetch = FetchType.LAZY)
	private Version targetVersion;

	@ManyToOne(fetch = FetchType.LAZY)
	private Topic targetTopic;

	/** The issue concerned, when the target is a whole version or a point. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Topic topic;

	private String paraphrase;

	private String quote;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	@ManyToMany
	@JoinTable(name = "position_source", joinColumns = @JoinColumn(name = "position_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> furtherSources = new LinkedHashSet<>();

	@ManyToOne(fetch = FetchType.LAZY)
	private Event event;

	private boolean lowConfidence;

	private String note;

	@jakarta.persistence.Version
	private long lockVersion;

	protected Position() {
	}

	/** The one rule, for forms and imports: nobody states a position on a text before it was issued. */
	public static boolean predatesIssue(LocalDate statedOn, LocalDate issuedOn) {
		return statedOn != null && issuedOn != null && statedOn.isBefore(issuedOn);
	}

	public Position(Party party, Person person, Stance stance, LocalDate statedOn, String paraphrase, String quote,
			Source source) {
		this.party = party;
		this.person = person;
		this.stance = stance;
		this.statedOn = statedOn;
		this.paraphrase = paraphrase;
		this.quote = quote;
		this.source = source;
	}

	public Position about(Point point) {
		clearTarget();
		this.targetPoint = point;
		return this;
	}

	public Position about(Version version) {
		clearTarget();
		this.targetVersion = version;
		return this;
	}

	public Position about(Topic topic) {
		clearTarget();
		this.targetTopic = topic;
		return this;
	}

	private void clearTarget() {
		this.targetPoint = null;
		this.targetVersion = null;
		this.targetTopic = null;
	}

	public void setTopic(Topic topic) {
		this.topic = topic;
	}

	public void setEvent(Event event) {
		this.event = event;
	}

	public void setLowConfidence(boolean lowConfidence) {
		this.lowConfidence = lowConfidence;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** A correction by an editor; the previous state stays in the audit history. */
	public void revise(Party party, Person person, Stance stance, LocalDate statedOn, String paraphrase, String quote,
			Source source) {
		this.party = party;
		this.person = person;
		this.stance = stance;
		this.statedOn = statedOn;
		this.paraphrase = paraphrase;
		this.quote = quote;
		this.source = source;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public Long getId() {
		return id;
	}

	public Party getParty() {
		return party;
	}

	public Person getPerson() {
		return person;
	}

	public Stance getStance() {
		return stance;
	}

	public LocalDate getStatedOn() {
		return statedOn;
	}

	public Point getTargetPoint() {
		return targetPoint;
	}

	public Version getTargetVersion() {
		return targetVersion;
	}

	public Topic getTargetTopic() {
		return targetTopic;
	}

	public Topic getTopic() {
		return topic;
	}

	public String getParaphrase() {
		return paraphrase;
	}

	public String getQuote() {
		return quote;
	}

	public Source getSource() {
		return source;
	}

	public Set<Source> getFurtherSources() {
		return furtherSources;
	}

	public Event getEvent() {
		return event;
	}

	public boolean isLowConfidence() {
		return lowConfidence;
	}

	public String getNote() {
		return note;
	}

}
