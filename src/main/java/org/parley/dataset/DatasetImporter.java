package org.parley.dataset;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

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
import org.parley.dataset.Dataset.PositionEntry;
import org.parley.dataset.Dataset.ProposalEntry;
import org.parley.dataset.Dataset.VersionEntry;
import org.parley.event.Event;
import org.parley.event.EventParticipant;
import org.parley.party.Party;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.proposal.VersionStatus;
import org.parley.security.User;
import org.parley.source.Source;
import org.parley.topic.Topic;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole dataset into an empty database, all or nothing. The file is validated
 * completely first; a file with problems loads nothing and the exception lists them all.
 */
@Service
public class DatasetImporter {

	private final EntityManager entityManager;

	private final DatabaseContents contents;

	private final Today today;

	DatasetImporter(EntityManager entityManager, DatabaseContents contents, Today today) {
		this.entityManager = entityManager;
		this.contents = contents;
		this.today = today;
	}

	@Transactional
	public ImportSummary importFrom(String fileName, InputStream in) {
		Dataset dataset = DatasetFormat.read(fileName, in);
		List<String> problems = DatasetValidator.problemsIn(dataset, today);
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(fileName, problems);
		}
		if (!contents.isEmpty()) {
			throw new InvalidDatasetException(fileName,
					List.of("the database already holds data; a dataset is imported into an empty database only"));
		}
		try {
			return new Load(dataset).run();
		}
		catch (DataAccessException | jakarta.persistence.PersistenceException ex) {
			// validation should have caught it; the database's constraints are the last line
			throw new InvalidDatasetException(fileName, List.of("the database refused the data: " + rootMessage(ex)));
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** Counts of what was loaded, for the log. */
	public record ImportSummary(int proposals, int versions, int points, int positions, int events, int sources) {
	}

	/** One import: maps from the file's keys to the entities created for them. */
	private final class Load {

		private final Dataset dataset;

		private final Map<String, Topic> topics = new HashMap<>();

		private final Map<String, Party> parties = new HashMap<>();

		private final Map<String, Person> people = new HashMap<>();

		private final Map<String, Measure> measures = new HashMap<>();

		private final Map<String, Source> sources = new HashMap<>();

		private final Map<String, Event> events = new HashMap<>();

		private final Map<String, Version> versions = new HashMap<>();

		private final Map<String, Point> points = new HashMap<>();

		private int pointCount;

		Load(Dataset dataset) {
			this.dataset = dataset;
		}

		ImportSummary run() {
			for (var entry : list(dataset.topics())) {
				topics.put(entry.slug(), persist(new Topic(entry.slug(), entry.name(), entry.description())));
			}
			for (PartyEntry entry : list(dataset.parties())) {
				parties.put(entry.slug(), persist(new Party(entry.slug(), entry.name(), entry.kind())));
			}
			for (PartyEntry entry : list(dataset.parties())) {
				for (String member : list(entry.members())) {
					parties.get(entry.slug()).getMembers().add(parties.get(member));
				}
			}
			for (var entry : list(dataset.people())) {
				people.put(entry.slug(),
						persist(new Person(entry.slug(), entry.name(), entry.role(), parties.get(entry.party()))));
			}
			for (var entry : list(dataset.measures())) {
				measures.put(entry.slug(), persist(new Measure(entry.slug(), entry.name(), entry.unit())));
			}
			for (var entry : list(dataset.sources())) {
				sources.put(entry.key(), persist(new Source(entry.key(), entry.publisher(), entry.title(), entry.url(),
						entry.published(), entry.datePrecision(), entry.reliability(), entry.note())));
			}
			for (EventEntry entry : list(dataset.events())) {
				events.put(entry.slug(), persist(event(entry)));
			}
			for (ProposalEntry entry : list(dataset.proposals())) {
				proposal(entry);
			}
			links();
			for (PositionEntry entry : list(dataset.positions())) {
				persist(position(entry));
			}
			entityManager.flush();
			publish();
			accounts();
			entityManager.flush();
			return new ImportSummary(list(dataset.proposals()).size(), versions.size(), pointCount,
					list(dataset.positions()).size(), events.size(), sources.size());
		}

		private Event event(EventEntry entry) {
			Event event = new Event(entry.slug(), entry.title(), entry.starts(), entry.ends(), entry.place(),
					entry.outcome(), Boolean.TRUE.equals(entry.lowConfidence()), entry.note());
			for (ParticipantEntry participant : list(entry.participants())) {
				event.addParticipant(participant.person() != null ? EventParticipant.person(people.get(participant.person()))
						: participant.party() != null ? EventParticipant.party(parties.get(participant.party()))
								: EventParticipant.named(participant.name()));
			}
			list(entry.sources()).forEach(key -> event.getSources().add(sources.get(key)));
			return event;
		}

		private void proposal(ProposalEntry entry) {
			Proposal proposal = new Proposal(entry.slug(), entry.name(), entry.summary());
			list(entry.proposers()).forEach(slug -> proposal.getProposers().add(parties.get(slug)));
			persist(proposal);
			for (VersionEntry versionEntry : list(entry.versions())) {
				// every version starts as a draft: its content is written before it is published
				Version version = new Version(proposal, versionEntry.number(), versionEntry.title(),
						versionEntry.issued(), versionEntry.datePrecision(), versionEntry.provenance(),
						versionEntry.completeness(), versionEntry.note());
				list(versionEntry.sources()).forEach(key -> version.getSources().add(sources.get(key)));
				for (PointEntry pointEntry : list(versionEntry.points())) {
					Point point = version.addPoint(pointEntry.label(), pointEntry.title(), pointEntry.text());
					point.recordBasis(pointEntry.basis());
					if (Boolean.TRUE.equals(pointEntry.lowConfidence())) {
						point.markLowConfidence(pointEntry.note());
					}
					else {
						point.setNote(pointEntry.note());
					}
					list(pointEntry.topics()).forEach(slug -> point.getTopics().add(topics.get(slug)));
					list(pointEntry.sources()).forEach(key -> point.getSources().add(sources.get(key)));
					for (FigureEntry figure : list(pointEntry.figures())) {
						point.addFigure(measures.get(figure.measure()), figure.value(), figure.qualifier());
					}
					for (TextEntry text : list(pointEntry.texts())) {
						point.translate(Language.of(text.language()), text.title(), text.text(), text.basis(),
								sources.get(text.source()));
					}
					points.put(point.key(), point);
					pointCount++;
				}
				persist(version);
				versions.put(version.key(), version);
			}
		}

		private void links() {
			for (ProposalEntry proposal : list(dataset.proposals())) {
				for (VersionEntry versionEntry : list(proposal.versions())) {
					String versionKey = References.versionKey(proposal.slug(), versionEntry.number());
					Version version = versions.get(versionKey);
					if (versionEntry.basedOn() != null) {
						version.setBasedOn(versions.get(versionEntry.basedOn()));
					}
					list(versionEntry.removes()).forEach(key -> version.recordRemoval(points.get(key)));
					for (PointEntry pointEntry : list(versionEntry.points())) {
						Point point = points.get(References.pointKey(versionKey, pointEntry.label()));
						for (LinkEntry link : list(pointEntry.links())) {
							point.linkTo(points.get(link.to()), link.kind());
						}
					}
				}
			}
		}

		private Position position(PositionEntry entry) {
			List<String> cited = entry.sources();
			Position position = new Position(parties.get(entry.party()),
					entry.person() != null ? people.get(entry.person()) : null, entry.stance(), entry.stated(),
					entry.paraphrase(), entry.quote(), sources.get(cited.get(0)));
			cited.subList(1, cited.size()).forEach(key -> position.getFurtherSources().add(sources.get(key)));
			String target = entry.target();
			if (target.startsWith(References.TOPIC_PREFIX)) {
				position.about(topics.get(target.substring(References.TOPIC_PREFIX.length())));
			}
			else if (points.containsKey(target)) {
				position.about(points.get(target));
			}
			else {
				position.about(versions.get(target));
			}
			if (entry.topic() != null) {
				position.setTopic(topics.get(entry.topic()));
			}
			if (entry.event() != null) {
				position.setEvent(events.get(entry.event()));
			}
			position.setLowConfidence(Boolean.TRUE.equals(entry.lowConfidence()));
			position.setNote(entry.note());
			return position;
		}

		private void publish() {
			Instant now = Instant.now();
			for (ProposalEntry proposal : list(dataset.proposals())) {
				for (VersionEntry entry : list(proposal.versions())) {
					if (entry.status() == VersionStatus.PUBLISHED) {
						versions.get(References.versionKey(proposal.slug(), entry.number()))
							.publish(entry.publishedAt() != null ? entry.publishedAt() : now);
					}
				}
			}
		}

		/** A backup's account replaces one of the same name, such as the admin created at start. */
		private void accounts() {
			for (AccountEntry entry : list(dataset.accounts())) {
				entityManager.createQuery("select u from User u where lower(u.username) = lower(:name)", User.class)
					.setParameter("name", entry.username())
					.getResultStream()
					.forEach(entityManager::remove);
				entityManager.flush();
				User user = new User(entry.username(), entry.passwordHash(), entry.role());
				if (Boolean.FALSE.equals(entry.enabled())) {
					user.disable();
				}
				persist(user);
			}
		}

		private <T> T persist(T entity) {
			entityManager.persist(entity);
			return entity;
		}

	}

	static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}


}
