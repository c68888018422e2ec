package org.parley.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.parley.party.PartyKind;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Provenance;
import org.parley.proposal.TextBasis;
import org.parley.proposal.VersionStatus;
import org.parley.proposal.WordingBasis;
import org.parley.security.Role;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;

/**
 * A whole Parley dataset as it is written to a file: the sample data, a backup, an
 * exchange between installations. See docs/dataset-format.md. Empty values are left out
 * of the file so that it stays readable. Accounts are in a backup only when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "format", "formatVersion", "topics", "parties", "people", "measures", "sources", "events",
		"proposals", "positions", "accounts" })
public record Dataset(String format, Integer formatVersion, List<TopicEntry> topics, List<PartyEntry> parties,
		List<PersonEntry> people, List<MeasureEntry> measures, List<SourceEntry> sources, List<EventEntry> events,
		List<ProposalEntry> proposals, List<PositionEntry> positions, List<AccountEntry> accounts) {

	public static final String FORMAT = "parley-dataset";

	/**
	 * Version 2 added a point's {@code basis}, version 3 a point's {@code texts} in other
	 * languages; files of versions 1 and 2 still import (every text a paraphrase, English only).
	 */
	public static final int FORMAT_VERSION = 3;

	/** The oldest format version this Parley still reads. */
	public static final int OLDEST_FORMAT_VERSION = 1;

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "name", "description" })
	public record TopicEntry(String slug, String name, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "name", "kind", "members" })
	public record PartyEntry(String slug, String name, PartyKind kind, List<String> members) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "name", "role", "party" })
	public record PersonEntry(String slug, String name, String role, String party) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "name", "unit" })
	public record MeasureEntry(String slug, String name, String unit) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "key", "publisher", "title", "url", "published", "datePrecision", "reliability", "note" })
	public record SourceEntry(String key, String publisher, String title, String url, LocalDate published,
			DatePrecision datePrecision, Reliability reliability, String note) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "title", "starts", "ends", "place", "outcome", "lowConfidence", "note",
			"participants", "sources" })
	public record EventEntry(String slug, String title, LocalDate starts, LocalDate ends, String place, String outcome,
			Boolean lowConfidence, String note, List<ParticipantEntry> participants, List<String> sources) {
	}

	/** Exactly one of the three. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "person", "party", "name" })
	public record ParticipantEntry(String person, String party, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "slug", "name", "summary", "proposers", "versions" })
	public record ProposalEntry(String slug, String name, String summary, List<String> proposers,
			List<VersionEntry> versions) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "number", "title", "issued", "datePrecision", "provenance", "completeness", "status",
			"publishedAt", "basedOn", "removes", "note", "sources", "points" })
	public record VersionEntry(Integer number, String title, LocalDate issued, DatePrecision datePrecision,
			Provenance provenance, Completeness completeness, VersionStatus status, Instant publishedAt,
			String basedOn, String note, List<String> sources, List<PointEntry> points, List<String> removes) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "label", "title", "text", "basis", "texts", "topics", "sources", "lowConfidence", "note",
			"figures", "links" })
	public record PointEntry(String label, String title, String text, TextBasis basis, List<TextEntry> texts,
			List<String> topics, List<String> sources,
			Boolean lowConfidence, String note, List<FigureEntry> figures, List<LinkEntry> links) {
	}

	/** A point's wording in another language than its primary (English) text; format version 3. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "language", "title", "text", "basis", "source" })
	public record TextEntry(String language, String title, String text, WordingBasis basis, String source) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "measure", "value", "qualifier" })
	public record FigureEntry(String measure, BigDecimal value, String qualifier) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "to", "kind" })
	public record LinkEntry(String to, LinkKind kind) {
	}

	/** An account with its password hash (BCrypt), never the password itself. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "username", "passwordHash", "role", "enabled" })
	public record AccountEntry(String username, String passwordHash, Role role, Boolean enabled) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "party", "person", "stance", "stated", "target", "topic", "paraphrase", "quote", "event",
			"lowConfidence", "note", "sources" })
	public record PositionEntry(String party, String person, Stance stance, LocalDate stated, String target,
			String topic, String paraphrase, String quote, String event, Boolean lowConfidence, String note,
			List<String> sources) {
	}

}
