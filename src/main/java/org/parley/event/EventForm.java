package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.parley.calendar.NotAfterTomorrow;
import org.parley.source.SourceForm;
import org.parley.system.ReferenceForm;

/** An event as an editor adds or corrects it; participants are people, parties, and names one per line. */
@DatesInOrder
public class EventForm extends ReferenceForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Size(max = 300)
	private String place;

	@Size(max = 4000)
	private String outcome;

	private boolean lowConfidence;

	@Size(max = 2000)
	private String note;

	private List<String> sources = new ArrayList<>();

	private List<String> people = new ArrayList<>();

	private List<String> parties = new ArrayList<>();

	/** A source to add inline (source.web.NewSources); never validated or saved with the form itself. */
	private SourceForm newSource = new SourceForm();

	@Size(max = 3000)
	private String names;

	List<String> nameLines() {
		return names == null ? List.of() : names.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public boolean isLowConfidence() {
		return lowConfidence;
	}

	public void setLowConfidence(boolean lowConfidence) {
		this.lowConfidence = lowConfidence;
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

	public List<String> getPeople() {
		return people;
	}

	public void setPeople(List<String> people) {
		this.people = people;
	}

	public List<String> getParties() {
		return parties;
	}

	public void setParties(List<String> parties) {
		this.parties = parties;
	}

	public String getNames() {
		return names;
	}

	public void setNames(String names) {
		this.names = names;
	}

	public SourceForm getNewSource() {
		return newSource;
	}

	public void setNewSource(SourceForm newSource) {
		this.newSource = newSource;
	}

}
