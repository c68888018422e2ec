package org.parley.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.compare.Comparison;
import org.parley.compare.PositionsMatrix;
import org.parley.compare.Statements;
import org.parley.proposal.VersionKey;
import org.parley.dataset.DatasetExporter;
import org.parley.dataset.DatasetImporter;
import org.parley.dataset.InvalidDatasetException;
import org.parley.position.PositionQueries;
import org.parley.position.Stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Nothing recorded can have happened after tomorrow, nor a position on a text before it was
 * issued; the forms and the importer refuse both, and a future-dated statement that got into
 * the database anyway is never anyone's current stance. (Same context as the dataset tests.)
 */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class ImpossibleDatesTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	Today today;

	@BeforeEach
	void theSmallDataset() throws IOException {
		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
		try (InputStream in = new ClassPathResource("dataset/small.yaml").getInputStream()) {
			importer.importFrom("small.yaml", in);
		}
	}

	@Test
	void everyFormRefusesADateAfterTomorrowNextToTheField() throws Exception {
		assertRefused(post("/sources/new"), "publishedOn", "key", "future", "publisher", "P", "title", "T",
				"url", "https://example.org/", "publishedOn", inTwoDays(), "datePrecision", "EXACT",
				"reliability", "OFFICIAL");
		assertRefused(post("/events/new"), "startsOn", "slug", "future", "title", "T", "startsOn", inTwoDays());
		assertRefused(post("/events/new"), "endsOn", "slug", "future", "title", "T", "startsOn", "2025-11-20",
				"endsOn", inTwoDays());
		assertRefused(post("/positions/new"), "statedOn", "party", "us", "stance", "SUPPORTS", "statedOn",
				inTwoDays(), "targetKind", "TOPIC", "targetTopic", "territory", "paraphrase", "x", "source", "mirror");
		assertRefused(post("/proposals/new"), "issuedOn", "slug", "future", "name", "N", "versionTitle", "V",
				"issuedOn", inTwoDays(), "datePrecision", "EXACT", "provenance", "OFFICIAL", "completeness",
				"COMPLETE");
		long lockVersion = jdbc.queryForObject("""
				select v.lock_version from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = 'e3-plan' and v.number = 2""", Long.class);
		assertRefused(post("/proposals/e3-plan/versions/2/edit"), "issuedOn", "lockVersion",
				String.valueOf(lockVersion), "title", "T", "issuedOn", inTwoDays(), "datePrecision", "EXACT",
				"provenance", "OFFICIAL", "completeness", "COMPLETE");

		// tomorrow is already today somewhere
		MvcResult tomorrow = mvc.perform(form(post("/sources/new"), "key", "tomorrow", "publisher", "P", "title", "T",
				"url", "https://example.org/", "publishedOn", today.date().plusDays(1).toString(),
				"datePrecision", "EXACT", "reliability", "OFFICIAL")).andReturn();
		assertThat(tomorrow.getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aPositionStatedBeforeTheTextWasIssuedIsRefusedSayingSo() throws Exception {
		String page = page(post("/positions/new"), "party", "us", "stance", "SUPPORTS", "statedOn", "2025-11-19",
				"targetKind", "POINT", "targetPoint", "us-plan@1#1", "paraphrase", "x", "source", "mirror");
		assertThat(page).contains("id=\"statedOn-error\"").contains("was issued on 2025-11-20");
		page = page(post("/positions/new"), "party", "us", "stance", "SUPPORTS", "statedOn", "2025-11-22",
				"targetKind", "VERSION", "targetVersion", "e3-plan@1", "paraphrase", "x", "source", "mirror");
		assertThat(page).contains("id=\"statedOn-error\"").contains("was issued on 2025-11-23");
		assertThat(jdbc.queryForObject("select count(*) from position", Integer.class)).isEqualTo(3);
	}

	@Test
	void theImporterRefusesTheSameDatesWithTheSameRules() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		exporter.exportTo(out);
		String good = out.toString(StandardCharsets.UTF_8);
		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
		String bad = good.replace("stated: 2025-11-23", "stated: 2025-11-19")
			.replace("published: 2025-11-21", "published: " + inTwoDays())
			.replace("starts: 2025-11-23", "starts: " + inTwoDays());
		assertThat(bad).isNotEqualTo(good);

		assertThatThrownBy(() -> importer.importFrom("bad.yaml",
				new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("stated (2025-11-19) is before us-plan@1#1 was issued (2025-11-20)")
			.hasMessageContaining("published (" + inTwoDays() + ") is in the future")
			.hasMessageContaining("starts (" + inTwoDays() + ") is in the future");
	}

	@Autowired
	PositionQueries positions;

	@Autowired
	Comparison comparison;

	@Autowired
	PositionsMatrix matrix;

	@Autowired
	Statements statements;

	@Test
	void aStatementDatedInTheFutureIsNeverTheCurrentStance() {
		// it can only come from before the rule, or from a database changed by hand
		jdbc.update("""
				insert into position (party_id, stance, stated_on, target_point_id, paraphrase, source_id)
				select pa.id, 'REJECTS', ?, pt.id, 'A statement from the future.', s.id
				from party pa, point pt join proposal_version v on v.id = pt.version_id
				join proposal p on p.id = v.proposal_id, source s
				where pa.slug = 'us' and p.slug = 'us-plan' and v.number = 1 and pt.label = '1' and s.key = 'mirror'""",
				today.date().plusDays(30));
		long version = jdbc.queryForObject("""
				select v.id from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = 'us-plan' and v.number = 1""", Long.class);

		assertThat(positions.currentOnPointsOf(version)).singleElement()
			.satisfies(p -> assertThat(p.stance()).isEqualTo(Stance.SUPPORTS));
		assertThat(positions.latest(10)).filteredOn(p -> p.stance() == Stance.REJECTS && p.paraphrase().contains("future"))
			.singleElement()
			.satisfies(p -> assertThat(p.superseded()).isTrue());

		VersionKey usPlan = new VersionKey("us-plan", 1);
		var compared = comparison.compare(new Comparison.Request(List.of(usPlan, new VersionKey("e3-plan", 1)), null,
				false, null, null));
		assertThat(compared.rows().stream().flatMap(line -> line.stances().stream()))
			.extracting(Comparison.StanceView::stance)
			.contains(Stance.SUPPORTS)
			.doesNotContain(Stance.REJECTS);
		assertThat(matrix.matrix(new PositionsMatrix.Request(usPlan, List.of("us"), List.of(), null)).rows())
			.flatExtracting(PositionsMatrix.Row::cells)
			.extracting(PositionsMatrix.Cell::current)
			.contains(Stance.SUPPORTS)
			.doesNotContain(Stance.REJECTS);
		assertThat(statements.of(new Statements.Request("us", null, VersionKey.PointKey.parse("us-plan@1#1"), null, null)).statements())
			.extracting(Statements.Statement::stance)
			.containsExactly(Stance.SUPPORTS);
	}

	private String inTwoDays() {
		return today.date().plusDays(2).toString();
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String field, String... fields)
			throws Exception {
		assertThat(page(request, fields)).contains("id=\"" + field + "-error\"")
			.contains("This date is in the future");
	}

	private String page(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		MvcResult result = mvc.perform(form(request, fields)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... fields) {
		request.with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

}
