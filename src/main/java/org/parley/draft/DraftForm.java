package org.parley.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.parley.calendar.NotAfterTomorrow;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.source.DatePrecision;
import org.parley.source.SourceForm;

/** A draft version and its points as the editor edits them in one form. */
public class DraftForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@NotNull
	private DatePrecision datePrecision;

	@NotNull
	private Provenance provenance;

	@NotNull
	private Completeness completeness;

	/** Key of the version this one is based on ({@code us-28-point-plan@1}), or empty. */
	@Size(max = 100)
	private String basedOn;

	@Size(max = 4000)
	private String note;

	private List<String> sources = new ArrayList<>();

	private List<PointRow> points = new ArrayList<>();

	/** A source to add inline (source.web.NewSources): it joins the version's sources. Never saved with the form itself. */
	private SourceForm newSource = new SourceForm();

	public long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public Provenance getProvenance() {
		return provenance;
	}

	public void setProvenance(Provenance provenance) {
		this.provenance = provenance;
	}

	public Completeness getCompleteness() {
		return completeness;
	}

	public void setCompleteness(Completeness completeness) {
		this.completeness = completeness;
	}

	public String getBasedOn() {
		return basedOn;
	}

	public void setBasedOn(String basedOn) {
		this.basedOn = basedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<String> getSources() {
		return sources;
	}

	public void setSources(List<String> sources) {
		this.sources = sources;
	}

	/**
	 * The sources a point row offers as checkboxes: those the version cites, then any other the
	 * row's point cites (kept, and shown ticked, rather than dropped unseen).
	 */
	public List<String> sourceChoices(int index) {
		Set<String> keys = new LinkedHashSet<>(sources);
		if (index >= 0 && index < points.size()) {
			keys.addAll(points.get(index).getSources());
		}
		keys.remove(null);
		return List.copyOf(keys);
	}

	public SourceForm getNewSource() {
		return newSource;
	}

	public void setNewSource(SourceForm newSource) {
		this.newSource = newSource;
	}

	/** Every row's points chosen with the picker, as links ({@link PointRow#absorbLinks}). */
	public void absorbLinks() {
		points.forEach(PointRow::absorbLinks);
	}

	public List<PointRow> getPoints() {
		return points;
	}

	public void setPoints(List<PointRow> points) {
		this.points = points;
	}

}
