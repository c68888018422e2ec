package org.parley.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.parley.dataset.Dataset.AccountEntry;
import org.parley.dataset.Dataset.EventEntry;
import org.parley.dataset.Dataset.FigureEntry;
import org.parley.dataset.Dataset.LinkEntry;
import org.parley.dataset.Dataset.MeasureEntry;
import org.parley.dataset.Dataset.ParticipantEntry;
import org.parley.dataset.Dataset.PartyEntry;
import org.parley.dataset.Dataset.PersonEntry;
import org.parley.dataset.Dataset.PointEntry;
import org.parley.dataset.Dataset.PositionEntry;
import org.parley.dataset.Dataset.ProposalEntry;
import org.parley.dataset.Dataset.SourceEntry;
import org.parley.dataset.Dataset.TopicEntry;
import org.parley.dataset.Dataset.VersionEntry;
import org.parley.event.Event;
import org.parley.event.EventParticipant;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.proposal.KeyFigure;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.TextBasis;
import org.parley.proposal.PointText;
import org.parley.dataset.Dataset.TextEntry;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.security.User;
import org.parley.source.Source;
import org.parley.topic.Topic;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the whole database as a dataset file. The order of everything is fixed by keys
 * (and by document order for points), so exporting the same data twice gives the same
 * bytes, and export, import into an empty database, export gives an identical file.
 * <p>
 * The file is streamed entry by entry while it is read from one consistent (repeatable
 * read) snapshot of the database, so a backup of a large database taken while editors work
 * needs neither the whole file nor the whole database in memory.
 */
@Service
public class DatasetExporter {

	private final EntityManager entityManager;

	DatasetExporter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The whole dataset without accounts. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void exportTo(OutputStream out) throws IOException {
		exportTo(out, false);
	}

	/** The whole dataset; with {@code accounts}, also every account with its password hash. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void exportTo(OutputStream out, boolean accounts) throws IOException {
		try (DatasetFormat.Writer file = DatasetFormat.writer(out)) {
			file.section("topics", stream(Topic.class, "slug")
				.map(t -> new TopicEntry(t.getSlug(), t.getName(), t.getDescription())));
			file.section("parties", stream(Party.class, "slug")
				.map(p -> new PartyEntry(p.getSlug(), p.getName(), p.getKind(), sorted(p.getMembers(), Party::getSlug))));
			file.section("people", stream(Person.class, "slug")
				.map(p -> new PersonEntry(p.getSlug(), p.getName(), p.getRole(), p.getParty().getSlug())));
			file.section("measures", stream(Measure.class, "slug")
				.map(m -> new MeasureEntry(m.getSlug(), m.getName(), m.getUnit())));
			file.section("sources", stream(Source.class, "key")
				.map(s -> new SourceEntry(s.getKey(), s.getPublisher(), s.getTitle(), s.getUrl(), s.getPublishedOn(),
						s.getDatePrecision(), s.getReliability(), s.getNote())));
			file.section("events", stream(Event.class, "slug").map(this::event));
			file.section("proposals", stream(Proposal.class, "slug", 10).map(this::proposal));
			file.section("positions", positions());
			if (accounts) {
				file.section("accounts", stream(User.class, "username")
					.map(u -> new AccountEntry(u.getUsername(), u.getPasswordHash(), u.getRole(),
							u.isEnabled() ? null : Boolean.FALSE)));
			}
		}
	}

	private EventEntry event(Event event) {
		List<ParticipantEntry> participants = event.getParticipants()
			.stream()
			.sorted(Comparator.comparingInt(EventParticipant::getOrdinal))
			.map(p -> new ParticipantEntry(p.getPerson() != null ? p.getPerson().getSlug() : null,
					p.getParty() != null ? p.getParty().getSlug() : null, p.getName()))
			.toList();
		return new EventEntry(event.getSlug(), event.getTitle(), event.getStartsOn(), event.getEndsOn(),
				event.getPlace(), event.getOutcome(), flag(event.isLowConfidence()), event.getNote(), participants,
				sorted(event.getSources(), Source::getKey));
	}

	private ProposalEntry proposal(Proposal proposal) {
		List<VersionEntry> versions = entityManager
			.createQuery("select v from Version v where v.proposal = :proposal order by v.number", Version.class)
			.setParameter("proposal", proposal)
			.getResultList()
			.stream()
			.map(this::version)
			.toList();
		return new ProposalEntry(proposal.getSlug(), proposal.getName(), proposal.getSummary(),
				sorted(proposal.getProposers(), Party::getSlug), versions);
	}

	private VersionEntry version(Version version) {
		List<PointEntry> points = version.getPoints()
			.stream()
			.sorted(Comparator.comparingInt(Point::getOrdinal))
			.map(this::point)
			.toList();
		return new VersionEntry(version.getNumber(), version.getTitle(), version.getIssuedOn(),
				version.getDatePrecision(), version.getProvenance(), version.getCompleteness(), version.getStatus(),
				version.getPublishedAt(), version.getBasedOn() != null ? version.getBasedOn().key() : null,
				version.getNote(), sorted(version.getSources(), Source::getKey), points,
				sorted(version.getRemovedFromBase(), Point::key));
	}

	private PointEntry point(Point point) {
		List<FigureEntry> figures = point.getFigures()
			.stream()
			.sorted(Comparator.comparing((KeyFigure f) -> f.getMeasure().getSlug()))
			.map(f -> new FigureEntry(f.getMeasure().getSlug(), plain(f.getValue()), f.getQualifier()))
			.toList();
		List<LinkEntry> links = point.getLinks()
			.stream()
			.map(l -> new LinkEntry(l.getTo().key(), l.getKind()))
			.sorted(Comparator.comparing(LinkEntry::to))
			.toList();
		// the default basis is left out, as a false flag is
		TextBasis basis = point.getTextBasis() == TextBasis.PARAPHRASE ? null : point.getTextBasis();
		List<TextEntry> texts = point.getTexts()
			.stream()
			.sorted(Comparator.comparing(PointText::getLanguage))
			.map(t -> new TextEntry(t.getLanguage().code(), t.getTitle(), t.getText(), t.getBasis(),
					t.getSource().getKey()))
			.toList();
		return new PointEntry(point.getLabel(), point.getTitle(), point.getText(), basis, texts,
				sorted(point.getTopics(), Topic::getSlug), sorted(point.getSources(), Source::getKey),
				flag(point.isLowConfidence()), point.getNote(), figures, links);
	}

	/** Sorted by what they say (the target key is not a column), so held as entries, not as entities. */
	private Stream<PositionEntry> positions() {
		return stream(Position.class, "id")
			.map(this::position)
			.sorted(Comparator.comparing(PositionEntry::stated)
				.thenComparing(PositionEntry::party)
				.thenComparing(PositionEntry::target));
	}

	private PositionEntry position(Position position) {
		String target = position.getTargetPoint() != null ? position.getTargetPoint().key()
				: position.getTargetVersion() != null ? position.getTargetVersion().key()
						: References.TOPIC_PREFIX + position.getTargetTopic().getSlug();
		List<String> sources = new ArrayList<>();
		sources.add(position.getSource().getKey());
		sources.addAll(sorted(position.getFurtherSources(), Source::getKey).stream()
			.filter(key -> !key.equals(position.getSource().getKey()))
			.toList());
		return new PositionEntry(position.getParty().getSlug(),
				position.getPerson() != null ? position.getPerson().getSlug() : null, position.getStance(),
				position.getStatedOn(), target, position.getTopic() != null ? position.getTopic().getSlug() : null,
				position.getParaphrase(), position.getQuote(),
				position.getEvent() != null ? position.getEvent().getSlug() : null, flag(position.isLowConfidence()),
				position.getNote(), sources);
	}

	private <T> Stream<T> stream(Class<T> type, String orderBy) {
		return stream(type, orderBy, 100);
	}

	/**
	 * All entities of a type in order, read a batch at a time as the file is written; each
	 * batch is let go of (the persistence context cleared) before the next one is read.
	 */
	private <T> Stream<T> stream(Class<T> type, String orderBy, int batchSize) {
		String entity = type.getSimpleName();
		List<Long> ids = entityManager
			.createQuery("select e.id from " + entity + " e order by e." + orderBy, Long.class)
			.getResultList();
		return IntStream.range(0, (ids.size() + batchSize - 1) / batchSize).boxed().flatMap(batch -> {
			entityManager.clear();
			return entityManager
				.createQuery("select e from " + entity + " e where e.id in :ids order by e." + orderBy, type)
				.setParameter("ids", ids.subList(batch * batchSize, Math.min(ids.size(), (batch + 1) * batchSize)))
				.getResultList()
				.stream();
		});
	}

	private static <T> List<String> sorted(Collection<T> items, Function<T, String> key) {
		return items.stream().map(key).sorted().toList();
	}

	/** 600000.0000 from numeric(20,4) is written as 600000. */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** false is the default and is left out of the file. */
	private static Boolean flag(boolean value) {
		return value ? Boolean.TRUE : null;
	}


}
