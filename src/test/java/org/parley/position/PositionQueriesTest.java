package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.proposal.Completeness;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Provenance;
import org.parley.proposal.Version;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.topic.Topic;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side of positions against real PostgreSQL, data written and the persistence
 * context cleared first: what is "current", what is history, what stays hidden.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parley.sample-data.enabled=false")
class PositionQueriesTest {

	@Autowired
	PositionQueries positions;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	long cap;

	long published;

	long draftPoint;

	long further;

	@BeforeEach
	void world() {
		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
		tx.executeWithoutResult(status -> {
			Party ukraine = persist(new Party("ukraine", "Ukraine", PartyKind.STATE));
			Party russia = persist(new Party("russia", "Russia", PartyKind.STATE));
			Topic army = persist(new Topic("army", "Army", null));
			Source report = persist(source("report"));
			Source mirror = persist(source("mirror"));
			Proposal plan = persist(new Proposal("plan", "Plan", null));

			Version v1 = new Version(plan, 1, "Draft", LocalDate.of(2025, 11, 20), DatePrecision.EXACT,
					Provenance.LEAKED, Completeness.COMPLETE, null);
			Point capPoint = v1.addPoint("6", "Cap", "600,000");
			capPoint.getTopics().add(army);
			persist(v1);
			Version v2 = new Version(plan, 2, "Unpublished", LocalDate.of(2025, 11, 25), DatePrecision.EXACT,
					Provenance.REPORTED, Completeness.PARTIAL, null);
			Point draft = v2.addPoint("6", "Cap", "No cap");
			persist(v2);
			em.flush();
			v1.publish(Instant.now());

			persist(new Position(ukraine, null, Stance.REJECTS, LocalDate.of(2025, 11, 21), "First no.", null, report)
				.about(capPoint));
			persist(new Position(ukraine, null, Stance.OPPOSES, LocalDate.of(2025, 12, 1), "Softer.", null, report)
				.about(capPoint));
			// same day, recorded later: the later record is the current one
			Position sameDay = new Position(ukraine, null, Stance.ACCEPTS_WITH_CONDITIONS, LocalDate.of(2025, 12, 1),
					"With guarantees.", null, report).about(capPoint);
			sameDay.getFurtherSources().add(mirror);
			persist(sameDay);
			persist(new Position(russia, null, Stance.SUPPORTS, LocalDate.of(2025, 11, 22), "Welcome.", null, report)
				.about(capPoint));
			persist(new Position(russia, null, Stance.UNDECIDED, LocalDate.of(2025, 11, 26), "On a draft.", null, report)
				.about(draft));
			persist(new Position(russia, null, Stance.OPPOSES, LocalDate.of(2025, 11, 27), "On the army.", null, report)
				.about(army));
			em.flush();
			cap = capPoint.getId();
			published = v1.getId();
			draftPoint = draft.getId();
			further = mirror.getId();
		});
		em.clear();
	}

	@Test
	void aPointsStatementsComeLatestFirstWithEarlierOnesMarkedSuperseded() {
		List<PositionView> onCap = positions.onPoint(cap);

		assertThat(onCap).extracting(p -> p.party().slug() + ":" + p.stance() + ":" + p.superseded())
			.containsExactly("russia:SUPPORTS:false", "ukraine:ACCEPTS_WITH_CONDITIONS:false", "ukraine:OPPOSES:true",
					"ukraine:REJECTS:true");
		assertThat(onCap.get(1).furtherSources()).extracting(s -> s.key()).containsExactly("mirror");
	}

	@Test
	void currentStancesOnAVersionsPointsAreTheLatestPerParty() {
		assertThat(positions.currentOnPointsOf(published)).extracting(p -> p.party().slug() + ":" + p.stance())
			.containsExactly("russia:SUPPORTS", "ukraine:ACCEPTS_WITH_CONDITIONS");
	}

	@Test
	void statementsOnDraftsStayHiddenFromReaders() {
		assertThat(positions.onPoint(draftPoint)).isEmpty();
		assertThat(positions.latest(10)).extracting(PositionView::paraphrase).doesNotContain("On a draft.")
			.startsWith("With guarantees.");
	}

	@Test
	void aSourceFindsTheStatementsThatCiteItAsAFurtherSource() {
		assertThat(positions.citing(further)).extracting(PositionView::paraphrase).containsExactly("With guarantees.");
	}

	@Test
	void aTopicCollectsStatementsAboutIt() {
		long army = jdbc.queryForObject("select id from topic where slug = 'army'", Long.class);
		assertThat(positions.onTopic(army)).extracting(PositionView::paraphrase).containsExactly("On the army.");
	}

	private <T> T persist(T entity) {
		em.persist(entity);
		return entity;
	}

	private static Source source(String key) {
		return new Source(key, "Agency", "Report " + key, "https://example.org/" + key, LocalDate.of(2025, 11, 21),
				DatePrecision.EXACT, Reliability.REPUTABLE_MEDIA, null);
	}

}
