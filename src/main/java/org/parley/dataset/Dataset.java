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

	/** Version 2 added a point's {@code basis}; files of version 1 still import (every text a paraphrase). */
	public static final int FORMAT_VERSION = 2;

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
	@JsonPropertyOrder({ "label", "title", "text", "basis", "topics", "sources", "lowConfidence", "note", "figures",
			"links" })
	public record PointEntry(String label, String title, String text, TextBasis basis, List<String> topics,
			List<String> sources,
			Boolean lowConfidence, String note, List<FigureEntry> figures, List<LinkEntry> links) {
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
