package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.parley.calendar.NotAfterTomorrow;
import org.parley.source.SourceForm;

import org.parley.position.Stance;

/**
 * A position as an editor records or corrects it. The target is one of a point
 * ({@code us-28-point-plan@1#6}), a whole version ({@code us-28-point-plan@1}) or a topic.
 */
public class PositionForm {

	public enum TargetKind {
		POINT, VERSION, TOPIC
	}

	private long lockVersion;

	@NotBlank
	private String party;

	private String person;

	@NotNull
	private Stance stance;

	@NotNull
	@NotAfterTomorrow
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statedOn;

	@NotNull
	private TargetKind targetKind = TargetKind.POINT;

	@Size(max = 120)
	private String targetPoint;

	@Size(max = 120)
	private String targetVersion;

	private String targetTopic;

	private String topic;

	@NotBlank
	@Size(max = 2000)
	private String paraphrase;

	@Size(max = 500)
	private String quote;

	@NotBlank
	private String source;

	private List<String> furtherSources = new ArrayList<>();

	private String event;

	/** A source to add inline (source.web.NewSources); never validated or saved with the form itself. */
	private SourceForm newSource = new SourceForm();

	private boolean lowConfidence;

	@Size(max = 2000)
	private String note;

	public long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getParty() {
		return party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public Stance getStance() {
		return stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public LocalDate getStatedOn() {
		return statedOn;
	}

	public void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
	}

	public TargetKind getTargetKind() {
		return targetKind;
	}

	public void setTargetKind(TargetKind targetKind) {
		this.targetKind = targetKind;
	}

	public String getTargetPoint() {
		return targetPoint;
	}

	public void setTargetPoint(String targetPoint) {
		this.targetPoint = targetPoint;
	}

	public String getTargetVersion() {
		return targetVersion;
	}

	public void setTargetVersion(String targetVersion) {
		this.targetVersion = targetVersion;
	}

	public String getTargetTopic() {
		return targetTopic;
	}

	public void setTargetTopic(String targetTopic) {
		this.targetTopic = targetTopic;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getParaphrase() {
		return paraphrase;
	}

	public void setParaphrase(String paraphrase) {
		this.paraphrase = paraphrase;
	}

	public String getQuote() {
		return quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public List<String> getFurtherSources() {
		return furtherSources;
	}

	public void setFurtherSources(List<String> furtherSources) {
		this.furtherSources = furtherSources;
	}

	public String getEvent() {
		return event;
	}

	public void setEvent(String event) {
		this.event = event;
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

	public SourceForm getNewSource() {
		return newSource;
	}

	public void setNewSource(SourceForm newSource) {
		this.newSource = newSource;
	}

}
