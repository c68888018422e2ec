package org.parley.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.parley.calendar.Today;
import org.parley.dataset.Dataset.AccountEntry;
import org.parley.dataset.Dataset.EventEntry;
import org.parley.dataset.Dataset.FigureEntry;
import org.parley.dataset.Dataset.LinkEntry;
import org.parley.dataset.Dataset.ParticipantEntry;
import org.parley.dataset.Dataset.PartyEntry;
import org.parley.dataset.Dataset.PointEntry;
import org.parley.dataset.Dataset.TextEntry;
import org.parley.proposal.Language;
import org.parley.proposal.TranslationLanguage;
import org.parley.dataset.Dataset.PositionEntry;
import org.parley.dataset.Dataset.ProposalEntry;
import org.parley.dataset.Dataset.VersionEntry;
import org.parley.event.DatesInOrder;
import org.parley.event.SourcedEvents;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.proposal.KeyFigure;
import org.parley.proposal.PointLabel;
import org.parley.proposal.PointLinkRules;
import org.parley.proposal.SourcedPoints;
import org.parley.proposal.VersionStatus;
import org.parley.source.WebAddress;

/**
 * Checks a whole dataset before anything is written, and reports every problem with the
 * entry it is in, so that whoever wrote the file can fix them all in one go.
 * <p>
 * It applies the rules of the editing forms, no stricter: whatever Parley's forms accept
 * (a draft point without topics or sources, a version without sources, a proposal without
 * proposers) is part of a backup and must load again; a published point cites a source
 * ({@link SourcedPoints}, as publishing requires), and so does an event ({@link SourcedEvents},
 * as the event form requires). Where a rule is shared it lives in
 * one place ({@link WebAddress}, {@link Today#allows}, {@link Position#predatesIssue}).
 */
final class DatasetValidator {

	/** As the app_user table's CHECK constraints have them. */
	private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,60}$");

	private static final String NEEDS_A_SOURCE = "needs at least one source";

	private static final Pattern BCRYPT = Pattern.compile("^(\\{bcrypt\\})?\\$2.{1,90}$");

	private final List<String> problems = new ArrayList<>();

	private final Today today;

	/** The format version the file declares; what it may contain depends on it. */
	private int formatVersion = Dataset.FORMAT_VERSION;

	/** Each person's own party, by the person's slug. */
	private final Map<String, String> partyOf = new HashMap<>();

	/** Each party's members, by the party's slug. */
	private final Map<String, List<String>> membersOf = new HashMap<>();

	/** Issue date of every version in the file, by version key and by point key. */
	private final Map<String, LocalDate> issued = new HashMap<>();

	private DatasetValidator(Today today) {
		this.today = today;
	}

	static List<String> problemsIn(Dataset dataset, Today today) {
		DatasetValidator validator = new DatasetValidator(today);
		validator.check(dataset);
		return validator.problems;
	}

	private void check(Dataset d) {
		if (!Dataset.FORMAT.equals(d.format())) {
			problem("file", "format must be '" + Dataset.FORMAT + "', found " + quoted(d.format()));
		}
		if (d.formatVersion() == null || d.formatVersion() < Dataset.OLDEST_FORMAT_VERSION
				|| d.formatVersion() > Dataset.FORMAT_VERSION) {
			problem("file", "formatVersion " + d.formatVersion() + " is not supported; this Parley reads versions "
					+ Dataset.OLDEST_FORMAT_VERSION + " to " + Dataset.FORMAT_VERSION);
		}
		formatVersion = d.formatVersion() == null ? Dataset.FORMAT_VERSION : d.formatVersion();
		Set<String> topics = slugs("topic", list(d.topics()), t -> t.slug());
		Set<String> parties = slugs("party", list(d.parties()), p -> p.slug());
		Set<String> people = slugs("person", list(d.people()), p -> p.slug());
		Set<String> measures = slugs("measure", list(d.measures()), m -> m.slug());
		Set<String> sources = slugs("source", list(d.sources()), s -> s.key());
		Set<String> events = slugs("event", list(d.events()), e -> e.slug());
		Set<String> proposals = slugs("proposal", list(d.proposals()), p -> p.slug());
		Set<String> versions = new HashSet<>();
		Set<String> points = new HashSet<>();
		for (ProposalEntry proposal : list(d.proposals())) {
			for (VersionEntry version : list(proposal.versions())) {
				if (version.number() == null) {
					continue;
				}
				String versionKey = References.versionKey(proposal.slug(), version.number());
				versions.add(versionKey);
				issued.put(versionKey, version.issued());
				for (PointEntry point : list(version.points())) {
					points.add(References.pointKey(versionKey, point.label()));
					issued.put(References.pointKey(versionKey, point.label()), version.issued());
				}
			}
		}

		for (var topic : list(d.topics())) {
			String at = "topic " + topic.slug();
			text(at, "name", topic.name(), 120, true);
			text(at, "description", topic.description(), 1000, false);
		}
		for (PartyEntry party : list(d.parties())) {
			membersOf.put(party.slug(), list(party.members()));
			String at = "party " + party.slug();
			text(at, "name", party.name(), 200, true);
			required(at, "kind", party.kind());
			for (String member : list(party.members())) {
				exists(at, "member", member, parties);
				if (member.equals(party.slug())) {
					problem(at, "a party cannot be a member of itself");
				}
			}
		}
		for (var person : list(d.people())) {
			partyOf.put(person.slug(), person.party());
			String at = "person " + person.slug();
			text(at, "name", person.name(), 200, true);
			text(at, "role", person.role(), 300, false);
			exists(at, "party", person.party(), parties);
		}
		for (var measure : list(d.measures())) {
			String at = "measure " + measure.slug();
			text(at, "name", measure.name(), 200, true);
			text(at, "unit", measure.unit(), 40, true);
		}
		for (var source : list(d.sources())) {
			String at = "source " + source.key();
			text(at, "publisher", source.publisher(), 200, true);
			text(at, "title", source.title(), 500, true);
			text(at, "url", source.url(), 2000, true);
			if (!WebAddress.Check.accepts(source.url())) {
				problem(at, "url " + quoted(source.url()) + " is not an http(s) address with a host and no spaces");
			}
			required(at, "published", source.published());
			notFuture(at, "published", source.published());
			required(at, "datePrecision", source.datePrecision());
			required(at, "reliability", source.reliability());
			text(at, "note", source.note(), 2000, false);
		}
		for (EventEntry event : list(d.events())) {
			checkEvent(event, parties, people, sources);
		}
		for (ProposalEntry proposal : list(d.proposals())) {
			checkProposal(proposal, parties, topics, measures, sources, versions, points);
		}
		int index = 0;
		for (PositionEntry position : list(d.positions())) {
			checkPosition(position, ++index, parties, people, topics, sources, events, versions, points);
		}
		Set<String> usernames = new HashSet<>();
		for (AccountEntry account : list(d.accounts())) {
			String at = "account " + account.username();
			if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
				problem(at, "username must be 3 to 60 letters, digits, '.', '_' or '-'");
			}
			else if (!usernames.add(account.username().toLowerCase(Locale.ROOT))) {
				problem(at, "is defined twice");
			}
			if (account.passwordHash() == null || !BCRYPT.matcher(account.passwordHash()).matches()) {
				problem(at, "passwordHash must be a BCrypt hash ({bcrypt}$2...)");
			}
			required(at, "role", account.role());
		}
		if (proposals.isEmpty() && !list(d.positions()).isEmpty()) {
			problem("file", "positions need proposals or topics to refer to");
		}
	}

	private void checkEvent(EventEntry event, Set<String> parties, Set<String> people, Set<String> sources) {
		String at = "event " + event.slug();
		text(at, "title", event.title(), 300, true);
		required(at, "starts", event.starts());
		notFuture(at, "starts", event.starts());
		notFuture(at, "ends", event.ends());
		if (!DatesInOrder.Check.inOrder(event.starts(), event.ends())) {
			problem(at, "ends (" + event.ends() + ") is before starts (" + event.starts() + ")");
		}
		text(at, "place", event.place(), 300, false);
		text(at, "outcome", event.outcome(), 4000, false);
		text(at, "note", event.note(), 2000, false);
		int n = 0;
		for (ParticipantEntry participant : list(event.participants())) {
			n++;
			int given = (participant.person() != null ? 1 : 0) + (participant.party() != null ? 1 : 0)
					+ (participant.name() != null ? 1 : 0);
			if (given != 1) {
				problem(at, "participant " + n + " must have exactly one of person, party or name");
			}
			if (participant.person() != null) {
				exists(at, "participant person", participant.person(), people);
			}
			if (participant.party() != null) {
				exists(at, "participant party", participant.party(), parties);
			}
			if (participant.name() != null) {
				text(at, "participant name", participant.name(), 300, true);
			}
		}
		if (!SourcedEvents.isSourced(event.sources())) {
			problem(at, NEEDS_A_SOURCE);
		}
		optionalCitations(at, event.sources(), sources);
	}

	private void checkProposal(ProposalEntry proposal, Set<String> parties, Set<String> topics, Set<String> measures,
			Set<String> sources, Set<String> versions, Set<String> points) {
		String at = "proposal " + proposal.slug();
		text(at, "name", proposal.name(), 300, true);
		text(at, "summary", proposal.summary(), 4000, false);
		for (String proposer : list(proposal.proposers())) {
			exists(at, "proposer", proposer, parties);
		}
		Set<Integer> numbers = new HashSet<>();
		for (VersionEntry version : list(proposal.versions())) {
			String vat = at + ", version " + version.number();
			if (version.number() == null || version.number() < 1) {
				problem(vat, "number must be 1 or more");
				continue;
			}
			if (!numbers.add(version.number())) {
				problem(vat, "number " + version.number() + " is used twice");
			}
			text(vat, "title", version.title(), 300, true);
			required(vat, "issued", version.issued());
			notFuture(vat, "issued", version.issued());
			required(vat, "datePrecision", version.datePrecision());
			required(vat, "provenance", version.provenance());
			required(vat, "completeness", version.completeness());
			required(vat, "status", version.status());
			text(vat, "note", version.note(), 4000, false);
			String ownKey = References.versionKey(proposal.slug(), version.number());
			if (version.basedOn() != null) {
				if (!References.isVersionKey(version.basedOn()) || !versions.contains(version.basedOn())) {
					problem(vat, "basedOn " + quoted(version.basedOn()) + " is not a version in this file");
				}
				else if (version.basedOn().equals(ownKey)) {
					problem(vat, "a version cannot be based on itself");
				}
			}
			if (!list(version.removes()).isEmpty() && formatVersion < 2) {
				problem(vat, "removes needs formatVersion 2");
			}
			for (String removed : list(version.removes())) {
				if (version.basedOn() == null || !References.isPointKey(removed) || !points.contains(removed)
						|| !removed.startsWith(version.basedOn() + "#")) {
					problem(vat, "removes " + quoted(removed) + ", which is not a point of the version it is based on");
				}
			}
			optionalCitations(vat, version.sources(), sources);
			Set<String> labels = new HashSet<>();
			for (PointEntry point : list(version.points())) {
				String pat = vat + ", point " + point.label();
				if (!PointLabel.Check.isLabel(point.label())) {
					problem(pat, "label must be letters, digits, '.', '(', ')' or '-' (at most 20), e.g. \"6\" or \"6a\"");
				}
				else if (!labels.add(point.label())) {
					problem(pat, "label " + point.label() + " is used twice in this version");
				}
				text(pat, "title", point.title(), 300, true);
				text(pat, "text", point.text(), 8000, true);
				text(pat, "note", point.note(), 2000, false);
				if (point.basis() != null && formatVersion < 2) {
					problem(pat, "basis needs formatVersion 2");
				}
				texts(pat, point.texts(), sources);
				for (String topic : list(point.topics())) {
					exists(pat, "topic", topic, topics);
				}
				if (version.status() == VersionStatus.PUBLISHED && !SourcedPoints.isSourced(point.sources())) {
					problem(pat, NEEDS_A_SOURCE);
				}
				optionalCitations(pat, point.sources(), sources);
				Set<String> figureMeasures = new HashSet<>();
				for (FigureEntry figure : list(point.figures())) {
					exists(pat, "figure measure", figure.measure(), measures);
					if (figure.measure() != null && !figureMeasures.add(figure.measure())) {
						problem(pat, "measure " + figure.measure() + " has two figures");
					}
					if (!KeyFigure.Amount.isStated(figure.value() != null, figure.qualifier())) {
						problem(pat, "figure " + figure.measure() + " needs a value or a qualifier saying why there is none");
					}
					text(pat, "figure qualifier", figure.qualifier(), 300, false);
				}
				Set<String> linked = new HashSet<>();
				String ownPoint = References.pointKey(ownKey, point.label());
				for (LinkEntry link : list(point.links())) {
					required(pat, "link kind", link.kind());
					PointLinkRules.check(ownPoint, link.to(), points::contains, linked).ifPresent(p -> problem(pat,
							switch (p) {
								case NOT_A_POINT -> "link to " + quoted(link.to()) + " is not a point in this file";
								case ITSELF -> "a point cannot link to itself";
								case TWICE -> "links twice to " + link.to();
							}));
				}
			}
		}
	}

	private void checkPosition(PositionEntry position, int index, Set<String> parties, Set<String> people,
			Set<String> topics, Set<String> sources, Set<String> events, Set<String> versions, Set<String> points) {
		String at = "position " + index + " (" + position.party() + ", " + position.stated() + ")";
		exists(at, "party", position.party(), parties);
		if (position.person() != null) {
			exists(at, "person", position.person(), people);
			String own = partyOf.get(position.person());
			if (own != null && position.party() != null
					&& !Person.canSpeakFor(own, position.party(), membersOf.getOrDefault(position.party(), List.of()))) {
				problem(at, "person " + position.person() + " is of " + own + ", which is neither " + position.party()
						+ " nor one of its members");
			}
		}
		required(at, "stance", position.stance());
		required(at, "stated", position.stated());
		notFuture(at, "stated", position.stated());
		String target = position.target();
		if (target == null) {
			problem(at, "target is missing");
		}
		else if (target.startsWith(References.TOPIC_PREFIX)) {
			exists(at, "target topic", target.substring(References.TOPIC_PREFIX.length()), topics);
		}
		else if (!versions.contains(target) && !points.contains(target)) {
			problem(at, "target " + quoted(target) + " is not a version, point or topic:{slug} in this file");
		}
		else if (Position.predatesIssue(position.stated(), issued.get(target))) {
			problem(at, "stated (" + position.stated() + ") is before " + target + " was issued (" + issued.get(target)
					+ ")");
		}
		if (position.topic() != null) {
			exists(at, "topic", position.topic(), topics);
		}
		text(at, "paraphrase", position.paraphrase(), 2000, true);
		text(at, "quote", position.quote(), 500, false);
		text(at, "note", position.note(), 2000, false);
		if (position.event() != null) {
			exists(at, "event", position.event(), events);
		}
		citations(at, position.sources(), sources);
	}

	private <T> Set<String> slugs(String kind, List<T> entries, Function<T, String> slug) {
		Set<String> seen = new HashSet<>();
		int index = 0;
		for (T entry : entries) {
			index++;
			String value = slug.apply(entry);
			if (!References.isSlug(value)) {
				problem(kind + " " + index, "slug " + quoted(value)
						+ " must be lower-case letters, digits and single hyphens (at most 80)");
			}
			else if (!seen.add(value)) {
				problem(kind + " " + value, "is defined twice");
			}
		}
		return seen;
	}

	private void citations(String at, List<String> cited, Set<String> sources) {
		if (list(cited).isEmpty()) {
			problem(at, NEEDS_A_SOURCE);
		}
		optionalCitations(at, cited, sources);
	}

	/** A point's texts in other languages: the texts form's rules, and the source must exist. */
	private void texts(String at, List<TextEntry> texts, Set<String> sources) {
		if (!list(texts).isEmpty() && formatVersion < 3) {
			problem(at, "texts need formatVersion 3");
		}
		Set<String> languages = new HashSet<>();
		for (TextEntry entry : list(texts)) {
			String tat = at + ", text " + (entry.language() == null ? "" : quoted(entry.language()));
			if (isBlank(entry.language())) {
				problem(tat, "language is missing");
			}
			else if (!TranslationLanguage.Check.isTranslation(entry.language())) {
				problem(tat, "language must be one of " + Language.translations().stream().map(Language::code).toList()
						+ " (the point's own text is the English one)");
			}
			else if (!languages.add(entry.language())) {
				problem(tat, "language " + entry.language() + " has two texts");
			}
			text(tat, "title", entry.title(), 300, false);
			text(tat, "text", entry.text(), 8000, true);
			if (entry.basis() == null) {
				problem(tat, "basis is missing (ORIGINAL, OFFICIAL_TRANSLATION, UNOFFICIAL_TRANSLATION or PARAPHRASE)");
			}
			exists(tat, "source", entry.source(), sources);
		}
	}

	private void optionalCitations(String at, List<String> cited, Set<String> sources) {
		Set<String> seen = new HashSet<>();
		for (String source : list(cited)) {
			exists(at, "source", source, sources);
			if (source != null && !seen.add(source)) {
				problem(at, "cites source " + source + " twice");
			}
		}
	}

	private void exists(String at, String what, String slug, Collection<String> known) {
		if (slug == null) {
			problem(at, what + " is missing");
		}
		else if (!known.contains(slug)) {
			problem(at, what + " " + quoted(slug) + " does not exist");
		}
	}

	private void notFuture(String at, String field, LocalDate value) {
		if (!today.allows(value)) {
			problem(at, field + " (" + value + ") is in the future; the latest date allowed is " + today.latestAllowed());
		}
	}

	private void required(String at, String field, Object value) {
		if (value == null) {
			problem(at, field + " is missing");
		}
	}

	private void text(String at, String field, String value, int maxLength, boolean required) {
		if (isBlank(value)) {
			if (required) {
				problem(at, field + " is missing");
			}
		}
		else if (value.length() > maxLength) {
			problem(at, field + " is " + value.length() + " characters long; at most " + maxLength + " are allowed");
		}
	}

	private void problem(String at, String message) {
		problems.add(at + ": " + message);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String quoted(String value) {
		return value == null ? "(none)" : "'" + value + "'";
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

}
