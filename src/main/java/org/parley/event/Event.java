package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.parley.source.Source;

/** A negotiation round or statement: Geneva 23 Nov 2025, Moscow 2 Dec... */
@Entity
@Audited
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String place;

	private String outcome;

	private boolean lowConfidence;

	private String note;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<EventParticipant> participants = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	@Version
	private long lockVersion;

	protected Event() {
	}

	public Event(String slug, String title, LocalDate startsOn, LocalDate endsOn, String place, String outcome,
			boolean lowConfidence, String note) {
		this.slug = slug;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.place = place;
		this.outcome = outcome;
		this.lowConfidence = lowConfidence;
		this.note = note;
	}

	public void addParticipant(EventParticipant participant) {
		participant.attachTo(this, participants.size());
		participants.add(participant);
	}

	/** A correction by an editor; the slug stays, since pages cite it. */
	public void revise(String title, LocalDate startsOn, LocalDate endsOn, String place, String outcome,
			boolean lowConfidence, String note) {
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.place = place;
		this.outcome = outcome;
		this.lowConfidence = lowConfidence;
		this.note = note;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getPlace() {
		return place;
	}

	public String getOutcome() {
		return outcome;
	}

	public boolean isLowConfidence() {
		return lowConfidence;
	}

	public String getNote() {
		return note;
	}

	public List<EventParticipant> getParticipants() {
		return participants;
	}

	public Set<Source> getSources() {
		return sources;
	}

}
