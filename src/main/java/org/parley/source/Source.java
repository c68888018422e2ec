package org.parley.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A published text that versions, points, positions and events cite. */
@Entity
@Audited
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String key;

	private String publisher;

	private String title;

	private String url;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	@Enumerated(EnumType.STRING)
	private Reliability reliability;

	private String note;

	@Version
	private long lockVersion;

	protected Source() {
	}

	public Source(String key, String publisher, String title, String url, LocalDate publishedOn,
			DatePrecision datePrecision, Reliability reliability, String note) {
		this.key = key;
		this.publisher = publisher;
		this.title = title;
		this.url = url;
		this.publishedOn = publishedOn;
		this.datePrecision = datePrecision;
		this.reliability = reliability;
		this.note = note;
	}

	/** A correction by an editor; the key stays, since pages cite it. */
	public void revise(String publisher, String title, String url, LocalDate publishedOn, DatePrecision datePrecision,
			Reliability reliability, String note) {
		this.publisher = publisher;
		this.title = title;
		this.url = url;
		this.publishedOn = publishedOn;
		this.datePrecision = datePrecision;
		this.reliability = reliability;
		this.note = note;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public Long getId() {
		return id;
	}

	public String getKey() {
		return key;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public Reliability getReliability() {
		return reliability;
	}

	public String getNote() {
		return note;
	}

}
