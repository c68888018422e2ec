package org.parley.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.parley.calendar.NotAfterTomorrow;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.source.DatePrecision;

/**
 * A new proposal with its first (draft) version. Its points come from the version it
 * answers (a counter-proposal: each point copied and linked as an answer), from pasted
 * text, or are added in the draft editor.
 */
public class ProposalForm {

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 4000)
	private String summary;

	private List<String> proposers = new ArrayList<>();

	@NotBlank
	@Size(max = 300)
	private String versionTitle;

	@NotNull
	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@NotNull
	private DatePrecision datePrecision = DatePrecision.EXACT;

	@NotNull
	private Provenance provenance;

	@NotNull
	private Completeness completeness = Completeness.COMPLETE;

	/** Key of the version this one answers or is based on, or empty. */
	@Size(max = 120)
	private String basedOn;

	/** Copy the based-on version's points, each linked as an answer to its original. */
	private boolean counter;

	@Size(max = 200_000)
	private String text;

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getProposers() {
		return proposers;
	}

	public void setProposers(List<String> proposers) {
		this.proposers = proposers;
	}

	public String getVersionTitle() {
		return versionTitle;
	}

	public void setVersionTitle(String versionTitle) {
		this.versionTitle = versionTitle;
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

	public boolean isCounter() {
		return counter;
	}

	public void setCounter(boolean counter) {
		this.counter = counter;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
