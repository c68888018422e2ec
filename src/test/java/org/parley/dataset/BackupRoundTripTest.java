package org.parley.dataset;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A backup restores whatever Parley's own forms let an editor write: every editing form is
 * used for the smallest record it accepts and for records full of text that YAML or a
 * careless reader could take for something else; export, import into an empty database,
 * export again gives the same file.
 */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class BackupRoundTripTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	/** Text that reads as a date, a boolean, null, a mapping, a comment, a formula, numbers, other scripts. */
	static final List<String> AWKWARD = List.of("2025-02-30", "yes", "~", "null", "key: value", "# not a comment",
			"=SUM(A1:A2)", "Переговоры о мире", "\u200Fשלום עכשיו\u200F", "1:30", "0x1F", ".inf", "-", "@editor",
			"'single' and \"double\"", "!tag", "&anchor *alias", "| > %", "first line\nsecond line", "No");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@BeforeEach
	void onlyTheReferencesNoFormWrites() {
		DatasetImporterTest.empty(jdbc);
		jdbc.update("insert into party (slug, name, kind) values ('pa', 'A party', 'STATE')");
		jdbc.update("insert into topic (slug, name) values ('tp', 'A topic')");
		jdbc.update("insert into measure (slug, name, unit) values ('ms', 'A measure', 'people')");
	}

	@Test
	void whatTheFormsAcceptSurvivesExportImportExport() throws Exception {
		// sources
		submit(post("/sources/new"), "key", "s-min", "publisher", "P", "title", "T", "url", "https://e.x",
				"publishedOn", "2025-11-20", "datePrecision", "EXACT", "reliability", "OFFICIAL");
		// an address a browser shows and the form accepts, though not a strict URI
		submit(post("/sources/new"), "key", "s-browser", "publisher", "P", "title", "T",
				"url", "https://пример.рф/страница?q={x}|y", "publishedOn", "2025-11-20", "datePrecision", "MONTH",
				"reliability", "UNVERIFIED");
		for (int i = 0; i < AWKWARD.size(); i++) {
			String text = AWKWARD.get(i);
			submit(post("/sources/new"), "key", "s-" + i, "publisher", text, "title", text,
					"url", "https://example.org/" + i, "publishedOn", "2025-11-20", "datePrecision", "EXACT",
					"reliability", "REPUTABLE_MEDIA", "note", text);
		}

		// events: one without participants (an event cites a source: SourcedEvents)
		submit(post("/events/new"), "slug", "e-min", "title", "E", "startsOn", "2025-11-20", "sources", "s-browser");
		for (int i = 0; i < AWKWARD.size(); i++) {
			String text = AWKWARD.get(i);
			submit(post("/events/new"), "slug", "e-" + i, "title", text, "startsOn", "2025-11-20",
					"place", text, "outcome", text, "note", text, "names", text, "parties", "pa", "sources", "s-" + i);
		}

		// a proposal with nothing but its required fields: no proposer, no source, no point (a draft)
		submit(post("/proposals/new"), "slug", "p-min", "name", "P", "versionTitle", "V", "issuedOn", "2025-11-20",
				"datePrecision", "EXACT", "provenance", "OFFICIAL", "completeness", "COMPLETE");
		for (int i = 0; i < AWKWARD.size(); i++) {
			String text = AWKWARD.get(i);
			submit(post("/proposals/new"), "slug", "p-" + i, "name", text, "summary", text, "versionTitle", text,
					"issuedOn", "2025-11-20", "datePrecision", "EXACT", "provenance", "LEAKED",
					"completeness", "PARTIAL", "proposers", "pa");
		}
		// pasted text: points without topics or sources, then published
		submit(post("/proposals/new"), "slug", "p-paste", "name", "Pasted", "versionTitle", "Pasted text",
				"issuedOn", "2025-11-20", "datePrecision", "EXACT", "provenance", "OFFICIAL", "completeness", "COMPLETE",
				"text", "1. The first point.\n2. The second point: with a colon.\n3. = a formula?");
		// a published point cites a source: ticked for each point before publishing
		assertThat(mvc.perform(draftEdit("p-paste", 1, "Pasted text", "s-min").param("sources", "s-min")).andReturn()
			.getResponse().getRedirectedUrl()).isEqualTo("/proposals/p-paste/versions/1/edit");
		publish("p-paste", 1);

		// a counter-proposal answering every point, more pasted into its draft, then edited and published
		submit(post("/proposals/new"), "slug", "p-counter", "name", "Counter", "versionTitle", "Counter text",
				"issuedOn", "2025-11-21", "datePrecision", "EXACT", "provenance", "REPORTED", "completeness", "COMPLETE",
				"basedOn", "p-paste@1", "counter", "true");
		submit(post("/proposals/p-counter/versions/1/paste"), "text", "4. A pasted point.\n5. Another one.",
				"lockVersion", String.valueOf(lockVersion("p-counter", 1)), "confirm", "true");
		MockHttpServletRequestBuilder edit = draftEdit("p-counter", 1, "Counter text, edited", "s-min");
		for (int i = 0; i < AWKWARD.size(); i++) {
			String p = "points[" + (100 + i) + "].";
			edit.param(p + "order", String.valueOf(100 + i)).param(p + "label", "a" + i).param(p + "title", AWKWARD.get(i))
				.param(p + "text", AWKWARD.get(i)).param(p + "sources", "s-" + i);
		}
		edit.param("points[100].topics", "tp").param("points[100].figures[0].measure", "ms")
			.param("points[100].figures[0].value", "600,000").param("points[100].figures[0].qualifier", "~");
		edit.param("note", "2025-02-30").param("sources", "s-min");
		assertThat(mvc.perform(edit).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/proposals/p-counter/versions/1/edit");
		publish("p-counter", 1);

		// a new version of the pasted plan, edited, left as a draft
		submit(post("/proposals/p-paste/versions/new"), "from", "1");
		MockHttpServletRequestBuilder draft = draftEdit("p-paste", 2, "yes");
		draft.param("points[50].label", "9").param("points[50].title", "null").param("points[50].text", "Переговоры");
		assertThat(mvc.perform(draft).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/proposals/p-paste/versions/2/edit");

		// a new version of a partly known text that records the removal of one of its points
		submit(post("/proposals/new"), "slug", "p-partial", "name", "Partial", "versionTitle", "Reported in part",
				"issuedOn", "2025-11-20", "datePrecision", "EXACT", "provenance", "REPORTED", "completeness", "PARTIAL",
				"text", "1. A reported point.\n2. Another reported point.");
		assertThat(mvc.perform(draftEdit("p-partial", 1, "Reported in part", "s-browser")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/proposals/p-partial/versions/1/edit");
		publish("p-partial", 1);
		submit(post("/proposals/p-partial/versions/new"), "from", "1");
		assertThat(mvc.perform(draftEdit("p-partial", 2, "Revised in part").param("basedOn", "p-partial@1")
			.param("points[0].remove", "true"))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/proposals/p-partial/versions/2/edit");

		// positions: the smallest, and awkward ones on points, versions and topics
		submit(post("/positions/new"), "party", "pa", "stance", "UNDECIDED", "statedOn", "2025-11-21",
				"targetKind", "TOPIC", "targetTopic", "tp", "paraphrase", "x", "source", "s-min");
		for (int i = 0; i < AWKWARD.size(); i++) {
			String text = AWKWARD.get(i);
			String kind = i % 2 == 0 ? "POINT" : "VERSION";
			submit(post("/positions/new"), "party", "pa", "stance", "SUPPORTS", "statedOn", "2025-11-22",
					"targetKind", kind, "targetPoint", "p-counter@1#a" + i, "targetVersion", "p-paste@1",
					"paraphrase", text, "quote", text, "note", text, "source", "s-" + i,
					"furtherSources", "s-min", "furtherSources", "s-" + i, "event", "e-" + i, "topic", "tp");
		}

		String first = export();
		assertThat(first).contains("status: DRAFT", "issued: 2025-11-20\n", "\"2025-02-30\"", "\"yes\"", "\"~\"", "\"null\"", "\"=SUM(A1:A2)\"",
				"\"1:30\"", "Переговоры о мире", "removes:\n    - p-partial@1#1\n");
		assertThat(jdbc.queryForObject("select count(*) from position", Integer.class)).isEqualTo(AWKWARD.size() + 1);

		DatasetImporterTest.empty(jdbc);
		importer.importFrom("backup.yaml", new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));

		assertThat(export()).isEqualTo(first);
	}

	private void submit(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		request.with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
	}

	/** The draft's form as its page would post it back, with a new title. */
	private MockHttpServletRequestBuilder draftEdit(String proposal, int number, String title) {
		return draftEdit(proposal, number, title, null);
	}

	/** The same, each point also citing {@code pointSource} when not null (its box ticked). */
	private MockHttpServletRequestBuilder draftEdit(String proposal, int number, String title, String pointSource) {
		var row = jdbc.queryForMap("""
				select v.lock_version, v.issued_on, v.date_precision, v.provenance, v.completeness
				from proposal_version v join proposal p on p.id = v.proposal_id where p.slug = ? and v.number = ?""",
				proposal, number);
		MockHttpServletRequestBuilder request = post("/proposals/{p}/versions/{n}/edit", proposal, number)
			.with(EDITOR)
			.with(csrf())
			.param("lockVersion", row.get("lock_version").toString())
			.param("title", title)
			.param("issuedOn", row.get("issued_on").toString())
			.param("datePrecision", row.get("date_precision").toString())
			.param("provenance", row.get("provenance").toString())
			.param("completeness", row.get("completeness").toString());
		int i = 0;
		for (var point : jdbc.queryForList("""
				select pt.id, pt.label, pt.title, pt.text from point pt join proposal_version v on v.id = pt.version_id
				join proposal p on p.id = v.proposal_id where p.slug = ? and v.number = ? order by pt.ordinal""",
				proposal, number)) {
			String p = "points[" + i + "].";
			request.param(p + "id", point.get("id").toString())
				.param(p + "order", String.valueOf(++i))
				.param(p + "label", point.get("label").toString())
				.param(p + "title", point.get("title").toString())
				.param(p + "text", point.get("text").toString());
			for (String cited : jdbc.queryForList(
					"select s.key from point_source ps join source s on s.id = ps.source_id where ps.point_id = ?",
					String.class, point.get("id"))) {
				request.param(p + "sources", cited);
			}
			if (pointSource != null) {
				request.param(p + "sources", pointSource);
			}
		}
		return request;
	}

	private long lockVersion(String proposal, int number) {
		return jdbc.queryForObject("""
				select v.lock_version from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = ? and v.number = ?""", Long.class, proposal, number);
	}

	private void publish(String proposal, int number) throws Exception {
		submit(post("/proposals/{p}/versions/{n}/publish", proposal, number), "lockVersion",
				String.valueOf(lockVersion(proposal, number)));
	}

	private String export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.exportTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
