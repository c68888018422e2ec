package org.parley.draft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.dataset.DatasetExporter;
import org.parley.dataset.DatasetImporter;
import org.parley.dataset.DatasetImporterTest;
import org.parley.dataset.InvalidDatasetException;
import org.parley.support.DraftParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an editor publishes through the draft forms (new proposal, sourced points, a new
 * version with an added point, publishing confirmed) exports to a file that loads into an
 * empty database; and the importer holds published points to the rule publishing applies.
 */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class PublishedDraftExportTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DraftReading reading;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@BeforeEach
	void emptyDatabase() {
		DatasetImporterTest.empty(jdbc);
	}

	@Test
	void aVersionPublishedThroughTheFormsExportsAndImportsIntoAnEmptyDatabase() throws Exception {
		submit(post("/sources/new"), "key", "wire", "publisher", "A wire", "title", "The text", "url",
				"https://example.org/text", "publishedOn", "2025-11-20", "datePrecision", "EXACT", "reliability",
				"REPUTABLE_MEDIA");
		submit(post("/sources/new"), "key", "paper", "publisher", "A paper", "title", "Point 3 only", "url",
				"https://example.org/three", "publishedOn", "2025-11-21", "datePrecision", "EXACT", "reliability",
				"REPUTABLE_MEDIA");
		submit(post("/proposals/new"), "slug", "forms-plan", "name", "A plan made in the forms", "versionTitle",
				"Leaked text", "issuedOn", "2025-11-20", "datePrecision", "EXACT", "provenance", "LEAKED",
				"completeness", "PARTIAL", "text", "1. The first point.\n2. The second point.");

		// the editor cites the version's source, ticks it for each point and notes what is missing
		DraftForm form = reading.form("forms-plan", 1);
		form.setSources(List.of("wire"));
		form.setNote("Points 3 to 9 were not retrieved.");
		form.getPoints().forEach(row -> row.setSources(List.of("wire")));
		publishThroughTheForm("forms-plan", 1, form);

		// version 2 starts with version 1's note and sources; one point added as the page adds it
		submit(post("/proposals/forms-plan/versions/new"), "from", "1");
		DraftForm next = reading.form("forms-plan", 2);
		assertThat(next.getNote()).isEqualTo("Points 3 to 9 were not retrieved.");
		PointRow added = PointRow.blank(3, next.getSources());
		added.setLabel("3");
		added.setTitle("A third point");
		added.setText("Retrieved later.");
		added.setSources(List.of("wire", "paper"));
		next.getPoints().add(added);
		next.getPoints().get(0).setText("The first point, revised.");
		publishThroughTheForm("forms-plan", 2, next);

		String first = export();
		assertThat(first).contains("forms-plan").contains("status: PUBLISHED").contains("- paper");
		DatasetImporterTest.empty(jdbc);
		importer.importFrom("backup.yaml", new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
		assertThat(export()).isEqualTo(first);
		assertThat(jdbc.queryForList("""
				select pt.label || ':' || s.key from point_source ps join point pt on pt.id = ps.point_id
				join source s on s.id = ps.source_id join proposal_version v on v.id = pt.version_id
				where v.number = 2 order by pt.label, s.key""", String.class))
			.containsExactly("1:wire", "2:wire", "3:paper", "3:wire");
	}

	@Test
	void theImporterRefusesAnUnsourcedPointOfAPublishedVersionButNotOfADraft() {
		String file = """
				format: parley-dataset
				formatVersion: 2
				sources:
				  - key: report
				    publisher: Agency
				    title: Report
				    url: https://example.org/report
				    published: 2025-11-21
				    datePrecision: EXACT
				    reliability: REPUTABLE_MEDIA
				proposals:
				  - slug: plan
				    name: Plan
				    versions:
				      - number: 1
				        title: Published
				        issued: 2025-11-20
				        datePrecision: EXACT
				        provenance: LEAKED
				        completeness: COMPLETE
				        status: PUBLISHED
				        publishedAt: 2025-11-21T10:00:00Z
				        sources: [report]
				        points:
				          - label: "1"
				            title: Sourced
				            text: Cites the report.
				            sources: [report]
				          - label: "27"
				            title: Unsourced
				            text: Cites nothing.
				      - number: 2
				        title: Draft
				        issued: 2025-11-20
				        datePrecision: EXACT
				        provenance: LEAKED
				        completeness: COMPLETE
				        status: DRAFT
				        points:
				          - label: "28"
				            title: Unsourced draft point
				            text: Still being edited.
				""";
		assertThatThrownBy(() -> importer.importFrom("bad.yaml",
				new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("proposal plan, version 1, point 27: needs at least one source")
			.message().doesNotContain("point 1:").doesNotContain("point 28");
	}

	/** Publish as the page does: the form's "Publish…" button saves, then the confirmation publishes. */
	private void publishThroughTheForm(String proposal, int number, DraftForm form) throws Exception {
		String edit = "/proposals/" + proposal + "/versions/" + number + "/edit";
		MvcResult saved = mvc.perform(post(edit).params(DraftParams.of(form)).param("publish", "1").with(EDITOR)
			.with(csrf())).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString())
			.isEqualTo("/proposals/" + proposal + "/versions/" + number + "/publish");
		String confirm = mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		String lockVersion = confirm.replaceAll("(?s).*name=\"lockVersion\" value=\"(\\d+)\".*", "$1");
		MvcResult published = mvc.perform(post("/proposals/{p}/versions/{n}/publish", proposal, number)
			.param("lockVersion", lockVersion).with(EDITOR).with(csrf())).andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(302);
	}

	private void submit(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		request.with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
	}

	private String export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.exportTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
