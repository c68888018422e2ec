package org.parley.schema;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses states the application could not show truthfully, whatever
 * code path (or hand-written SQL) tries to store them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parley.sample-data.enabled=false")
class SchemaConstraintsTest {

	@Autowired
	JdbcTemplate jdbc;

	long party;

	long topic;

	long source;

	long version;

	long point;

	@BeforeEach
	void minimalData() {
		jdbc.execute("truncate party, topic, source, measure, event, proposal, app_user restart identity cascade");
		party = id("insert into party (slug, name, kind) values ('us', 'United States', 'STATE') returning id");
		topic = id("insert into topic (slug, name) values ('nato', 'NATO') returning id");
		source = id("""
				insert into source (key, publisher, title, url, published_on, date_precision, reliability)
				values ('report', 'Agency', 'Report', 'https://example.org/r', '2025-11-21', 'EXACT', 'REPUTABLE_MEDIA') returning id""");
		long proposal = id("insert into proposal (slug, name) values ('us-plan', 'US plan') returning id");
		version = id("""
				insert into proposal_version (proposal_id, number, title, issued_on, date_precision, provenance, completeness, status)
				values (%d, 1, 'Draft', '2025-11-20', 'EXACT', 'LEAKED', 'COMPLETE', 'DRAFT') returning id""".formatted(proposal));
		point = id("insert into point (version_id, label, ordinal, title, text) values (%d, '6', 0, 'Cap', '600,000') returning id"
			.formatted(version));
	}

	@Test
	void aPositionTargetsExactlyOneOfPointVersionOrTopic() {
		String insert = """
				insert into position (party_id, stance, stated_on, target_point_id, target_version_id, target_topic_id, paraphrase, source_id)
				values (%d, 'SUPPORTS', '2025-11-21', %s, %s, %s, 'Said so', %d)""";
		assertThat(jdbc.update(insert.formatted(party, point, "null", "null", source))).isOne();
		assertThat(jdbc.update(insert.formatted(party, "null", "null", topic, source))).isOne();
		assertRefused(insert.formatted(party, point, version, "null", source));
		assertRefused(insert.formatted(party, point, "null", topic, source));
		assertRefused(insert.formatted(party, "null", "null", "null", source));
	}

	@Test
	void aPositionCannotBeStatedBeforeTheTextItIsAboutWasIssued() {
		String insert = """
				insert into position (party_id, stance, stated_on, target_point_id, target_version_id, paraphrase, source_id)
				values (%d, 'SUPPORTS', '%s', %s, %s, 'Said so', %d)""";
		assertRefused(insert.formatted(party, "2025-11-19", point, "null", source));
		assertRefused(insert.formatted(party, "2025-11-19", "null", version, source));
		assertThat(jdbc.update(insert.formatted(party, "2025-11-20", point, "null", source))).isOne();
		assertThat(jdbc.update(insert.formatted(party, "2025-11-20", "null", version, source))).isOne();
		assertRefused("update position set stated_on = '2025-11-01'");
	}

	@Test
	void aPositionNeedsASourceAndAStanceFromTheFixedSet() {
		assertRefused("""
				insert into position (party_id, stance, stated_on, target_topic_id, paraphrase, source_id)
				values (%d, 'SUPPORTS', '2025-11-21', %d, 'Said so', null)""".formatted(party, topic));
		assertRefused("""
				insert into position (party_id, stance, stated_on, target_topic_id, paraphrase, source_id)
				values (%d, 'LOVES', '2025-11-21', %d, 'Said so', %d)""".formatted(party, topic, source));
	}

	@Test
	void versionNumbersAreUniquePerProposalAndPositive() {
		long proposal = jdbc.queryForObject("select proposal_id from proposal_version where id = ?", Long.class, version);
		String insert = """
				insert into proposal_version (proposal_id, number, title, issued_on, date_precision, provenance, completeness, status)
				values (%d, %d, 'Again', '2025-11-20', 'EXACT', 'LEAKED', 'COMPLETE', 'DRAFT')""";
		assertRefused(insert.formatted(proposal, 1));
		assertRefused(insert.formatted(proposal, 0));
		assertThat(jdbc.update(insert.formatted(proposal, 2))).isOne();
	}

	@Test
	void pointLabelsAreUniquePerVersion() {
		assertRefused("insert into point (version_id, label, ordinal, title, text) values (%d, '6', 1, 'Cap', 'Again')"
			.formatted(version));
		assertRefused("insert into point (version_id, label, ordinal, title, text) values (%d, '<b>', 1, 'Bad', 'Label')"
			.formatted(version));
	}

	@Test
	void statusAndProvenanceComeFromFixedSetsAndAPublishedVersionHasAPublicationTime() {
		assertRefused("update proposal_version set status = 'FINAL' where id = " + version);
		assertRefused("update proposal_version set provenance = 'RUMOUR' where id = " + version);
		assertRefused("update proposal_version set status = 'PUBLISHED' where id = " + version);
		assertThat(jdbc.update("update proposal_version set status = 'PUBLISHED', published_at = now() where id = " + version))
			.isOne();
	}

	@Test
	void aPointLinkCannotPointToItselfNorHaveAnUnknownKind() {
		assertRefused("insert into point_link (from_point_id, to_point_id, kind) values (%d, %d, 'ANSWERS')".formatted(point, point));
		long other = id("insert into point (version_id, label, ordinal, title, text) values (%d, '7', 1, 'NATO', 'No') returning id"
			.formatted(version));
		assertRefused("insert into point_link (from_point_id, to_point_id, kind) values (%d, %d, 'COPIES')".formatted(other, point));
		assertThat(jdbc.update("insert into point_link (from_point_id, to_point_id, kind) values (%d, %d, 'ANSWERS')"
			.formatted(other, point))).isOne();
	}

	@Test
	void aKeyFigureHasANumberOrWordsSayingWhyNot() {
		long measure = id("insert into measure (slug, name, unit) values ('cap', 'Cap', 'personnel') returning id");
		assertRefused("insert into key_figure (point_id, measure_id) values (%d, %d)".formatted(point, measure));
		assertThat(jdbc.update("insert into key_figure (point_id, measure_id, qualifier) values (%d, %d, 'no limit')"
			.formatted(point, measure))).isOne();
	}

	@Test
	void slugsUrlsDatesAndParticipantsAreChecked() {
		assertRefused("insert into party (slug, name, kind) values ('United States', 'US', 'STATE')");
		assertRefused("insert into party (slug, name, kind) values ('us', 'Again', 'STATE')");
		assertRefused("insert into party (slug, name, kind) values ('mars', 'Mars', 'PLANET')");
		assertRefused("""
				insert into source (key, publisher, title, url, published_on, date_precision, reliability)
				values ('bad', 'A', 'B', 'javascript:alert(1)', '2025-11-21', 'EXACT', 'OFFICIAL')""");
		assertRefused("insert into event (slug, title, starts_on, ends_on) values ('e', 'Talks', '2025-12-02', '2025-12-01')");
		long event = id("insert into event (slug, title, starts_on) values ('e', 'Talks', '2025-12-02') returning id");
		assertRefused("insert into event_participant (event_id, ordinal, party_id, name) values (%d, 0, %d, 'Someone')"
			.formatted(event, party));
		assertRefused("insert into event_participant (event_id, ordinal) values (%d, 0)".formatted(event));
		assertRefused("insert into party_member (group_id, member_id) values (%d, %d)".formatted(party, party));
	}

	@Test
	void usersHaveABcryptHashAndAKnownRole() {
		assertRefused("insert into app_user (username, password_hash, role) values ('editor', 'secret', 'EDITOR')");
		assertRefused("insert into app_user (username, password_hash, role) values ('editor', '{bcrypt}$2a$10$abc', 'ROOT')");
		assertThat(jdbc.update("insert into app_user (username, password_hash, role) values ('editor', '{bcrypt}$2a$10$abc', 'EDITOR')"))
			.isOne();
	}

	private long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> jdbc.update(sql)).as(sql).isInstanceOf(DataIntegrityViolationException.class);
	}

}
