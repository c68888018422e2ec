package org.parley.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.parley.calendar.NotAfterTomorrow;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.source.WebAddress;

/** A source as an editor adds or corrects it. */
public class SourceForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String key;

	@NotBlank
	@Size(max = 200)
	private String publisher;

	@NotBlank
	@Size(max = 500)
	private String title;

	@NotBlank
	@Size(max = 2000)
	@WebAddress
	private String url;

	@NotNull
	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@NotNull
	private DatePrecision datePrecision = DatePrecision.EXACT;

	@NotNull
	private Reliability reliability;

	@Size(max = 2000)
	private String note;

	static SourceForm from(Source source) {
		SourceForm form = new SourceForm();
		form.lockVersion = source.getLockVersion();
		form.key = source.getKey();
		form.publisher = source.getPublisher();
		form.title = source.getTitle();
		form.url = source.getUrl();
		form.publishedOn = source.getPublishedOn();
		form.datePrecision = source.getDatePrecision();
		form.reliability = source.getReliability();
		form.note = source.getNote();
		return form;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public Reliability getReliability() {
		return reliability;
	}

	public void setReliability(Reliability reliability) {
		this.reliability = reliability;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
