package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.ReadingWorld;
import org.parley.support.Statements;
import org.parley.topic.Topic;

/**
 * Every reading page issues a fixed number of SQL statements: the same for the small
 * test world as for a version ten times larger, with many more positions, links and
 * sources, and the same before and after that data is added.
 */
class StatementCountTest extends ReadingPageTest {

	/**
	 * The data revision (read for the visitors' page cache, SharedResponses), then the
	 * version, its sources, the proposal's versions, points, their topics, figures,
	 * sources, links both ways, current positions on them and their further sources,
	 * positions on the version and their further sources.
	 */
	static final long VERSION_PAGE = 1 + 13;

	/**
	 * The data revision, then the version, point, its neighbours, topics, figures, sources, links both ways,
	 * lineage, positions and their further sources, how the wording changed (lineage with word diffs), and
	 * what the later versions made of it (the proposal's versions, then /diff's pairing of this version
	 * with all the later ones at once: the versions, their points, links and removals).
	 */
	static final long POINT_PAGE = 1 + 19;

	static final int BIG = 60;

	@Test
	void theVersionPageAndThePointPageDoNotGrowWithTheData() {
		Statements statements = new Statements(emf);
		long smallVersion = statements.countWhile(this::newRevision, () -> assertThat(
				mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk());
		long smallPoint = statements.countWhile(this::newRevision, () -> assertThat(
				mvc.get().uri("/proposals/{p}/versions/1/points/2", world.plan)).hasStatusOk());

		String big = bigVersion();
		long bigVersion = statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri("/proposals/{p}/versions/1", big))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"point-" + BIG + "\""));
		long bigPoint = statements.countWhile(this::newRevision, () -> assertThat(
				mvc.get().uri("/proposals/{p}/versions/1/points/{l}", big, BIG / 2)).hasStatusOk()
			.bodyText()
			.contains("position-"));

		assertThat(smallVersion).isEqualTo(VERSION_PAGE);
		assertThat(bigVersion).isEqualTo(VERSION_PAGE);
		assertThat(smallPoint).isEqualTo(POINT_PAGE);
		assertThat(bigPoint).isEqualTo(POINT_PAGE);
	}

	@Test
	void noOtherPageGrowsWithTheDataEither() {
		Statements statements = new Statements(emf);
		List<String> pages = List.of("/", "/proposals", "/proposals/" + world.plan, "/parties", "/parties/" + world.ukraine,
				"/topics", "/topics/" + world.army, "/events", "/events/" + world.geneva, "/sources",
				"/sources/" + world.official);
		Map<String, Long> before = new LinkedHashMap<>();
		for (String page : pages) {
			before.put(page, statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri(page)).hasStatusOk()));
		}
		bigVersion();
		new ReadingWorld(new ReadingData(em, tx));
		Map<String, Long> after = new LinkedHashMap<>();
		for (String page : pages) {
			after.put(page, statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri(page)).hasStatusOk()));
		}
		System.out.println("Statements per page: " + after);
		assertThat(after).isEqualTo(before);
		assertThat(after.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(12));
	}

	/**
	 * A published version of {@value #BIG} points, each with two topics, two sources, a
	 * figure, a link to the world's plan, a revision in a second and a third version, and three
	 * parties' positions with history, plus positions on the whole version; returns its
	 * proposal's slug.
	 */
	private String bigVersion() {
		ReadingData data = new ReadingData(em, tx);
		String[] slug = new String[1];
		data.save(d -> {
			Source source = d.source("big-source", "Big Agency", Reliability.REPUTABLE_MEDIA, LocalDate.of(2025, 12, 1));
			Source other = d.source("big-other", "Other Agency", Reliability.AGGREGATOR, LocalDate.of(2025, 12, 2));
			Topic first = d.topic("big-first", "First");
			Topic second = d.topic("big-second", "Second");
			Measure measure = d.measure("big-measure", "Big measure", "units");
			List<Party> parties = List.of(d.party("big-a", "Party A", PartyKind.STATE),
					d.party("big-b", "Party B", PartyKind.STATE), d.party("big-c", "Party C", PartyKind.BLOC));
			Proposal proposal = d.proposal("big-plan", "Big plan", parties.get(0));
			Version earlier = d.version(proposal, 1, "Big text", LocalDate.of(2025, 12, 1), true, BIG, source);
			Version later = d.version(proposal, 2, "Big revision", LocalDate.of(2025, 12, 5), true, BIG, source);
			// a second later version: the point page says what each later version made of the point
			Version latest = d.version(proposal, 3, "Second revision", LocalDate.of(2025, 12, 9), true, BIG, source);
			Point answered = em.createQuery("select p from Point p where p.version.proposal.slug = :slug"
					+ " and p.version.number = 1 and p.label = '2'", Point.class)
				.setParameter("slug", world.plan)
				.getSingleResult();
			for (Party party : parties) {
				Position onVersion = d.position(party, null, Stance.UNDECIDED, LocalDate.of(2025, 12, 2), source,
						"Statement on the whole text").about(earlier);
				onVersion.getFurtherSources().add(other);
				d.persist(onVersion);
			}
			for (int i = 0; i < BIG; i++) {
				Point point = earlier.getPoints().get(i);
				point.getTopics().add(first);
				point.getTopics().add(second);
				point.getSources().add(other);
				point.addFigure(measure, ReadingData.number(1000L * i), null);
				point.linkTo(answered, LinkKind.ANSWERS);
				later.getPoints().get(i).linkTo(point, LinkKind.REVISED);
				latest.getPoints().get(i).linkTo(later.getPoints().get(i), LinkKind.REVISED);
				for (Party party : parties) {
					for (int day = 1; day <= 3; day++) {
						Position position = d.position(party, null, Stance.values()[(i + day) % 5],
								LocalDate.of(2025, 12, day), source, "Statement " + day + " on point " + i)
							.about(point);
						position.getFurtherSources().add(other);
						d.persist(position);
					}
				}
			}
			slug[0] = proposal.getSlug();
		});
		return slug[0];
	}

}
