package org.parley.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.dataset.DatasetImporter;
import org.parley.dataset.DatasetImporterTest;
import org.parley.proposal.LinkKind;
import org.parley.support.DraftParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole editor journey as a browser without JavaScript makes it, button by button: a new
 * version from the previous one, a point revised, a point added whose topic, link and new source
 * are chosen with the pickers' filter and add buttons, published after confirming; a visitor
 * then sees the point, its sources and its alignment, and the admin export of that database
 * imports cleanly into an empty one. Each step resubmits what the page shows, as a browser would.
 */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class EditorJourneyWithoutJavaScriptTest {

	static final String PLAN = "us-znpp-control-2026";

	static final String E3_7 = "e3-counter-proposal@1#7";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DraftReading reading;

	@Autowired
	DatasetImporter importer;

	@Test
	void aVersionMadeWithThePickersButtonsIsPublishedShownAlignedAndExportedToAFileThatImports() throws Exception {
		DatasetImporterTest.empty(jdbc);
		try (InputStream sample = getClass().getResourceAsStream("/dataset/sample-dataset.yaml")) {
			importer.importFrom("sample-dataset.yaml", sample);
		}

		String path = mvc.perform(post("/proposals/{p}/versions/new", PLAN).param("from", "1")
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		int number = Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
		DraftForm form = reading.form(PLAN, number);
		form.getPoints().get(0).setText("Revised without JavaScript: the plant is run under the agency's watch.");

		// "Add a point": the same form again, one row longer
		int row = form.getPoints().size();
		String page = page(post(path).params(DraftParams.of(form)).param("addPoint", "1"));
		assertThat(page).contains("name=\"points[" + row + "].label\"").contains("Revised without JavaScript");
		PointRow added = PointRow.blank(row + 1, form.getSources());
		added.setLabel("9");
		added.setTitle("Membership questions left aside");
		added.setText("Questions of alliance membership are left to the allies, as the E3 proposed.");
		form.getPoints().add(added);
		String topics = "points[" + row + "].topics";

		// the topic picker: filter, then add the match
		page = page(post(path).params(DraftParams.of(form)).param("pick-q:" + topics, "nato membership")
			.param("pick-action", "filter:" + topics));
		assertThat(page).contains("<option value=\"nato\">").contains("value=\"Membership questions left aside\"")
			.doesNotContain("field-error");
		page = page(post(path).params(DraftParams.of(form)).param("pick-add:" + topics, "nato")
			.param("pick-action", "add:" + topics));
		assertThat(page).contains("<input type=\"hidden\" name=\"" + topics + "\" value=\"nato\">");
		added.setTopics(List.of("nato"));

		// a new source, added inline: it joins the version's sources and is offered to the new point
		page = page(post(path).params(DraftParams.of(form)).param("newSourceToken", UUID.randomUUID().toString())
			.param("newSource.key", "journey-wire").param("newSource.publisher", "A wire")
			.param("newSource.title", "Allies asked about the plant").param("newSource.url", "https://example.org/wire")
			.param("newSource.publishedOn", "2026-02-10").param("newSource.datePrecision", "EXACT")
			.param("newSource.reliability", "REPUTABLE_MEDIA").param("addSource", "1"));
		assertThat(page).contains("<input type=\"hidden\" name=\"sources\" value=\"journey-wire\">")
			.containsPattern("<input type=\"checkbox\" value=\"journey-wire\" id=\"points" + row + "\\.sources\\d+\" name=\"points\\["
					+ row + "]\\.sources\"")
			.contains("value=\"Membership questions left aside\"");
		form.setSources(new java.util.ArrayList<>(form.getSources()));
		form.getSources().add("journey-wire");
		added.setSources(List.of("journey-wire"));

		// the point picker: filter by proposal, label and words, add, and the link shows with its kind
		String linkTo = "points[" + row + "].linkTo";
		page = page(post(path).params(DraftParams.of(form)).param("pick-q:" + linkTo, "e3 7 nato")
			.param("pick-action", "filter:" + linkTo));
		assertThat(page).contains("<option value=\"" + E3_7 + "\">");
		page = page(post(path).params(DraftParams.of(form)).param("pick-add:" + linkTo, E3_7)
			.param("pick-action", "add:" + linkTo));
		assertThat(page).contains("name=\"points[" + row + "].links[0].to\" value=\"" + E3_7 + "\"");
		added.setLinks(List.of(new LinkRow(E3_7, LinkKind.ANSWERS)));
		assertThat(reading.form(PLAN, number).getPoints()).hasSize(row); // nothing saved by the buttons

		// "Publish…" saves, the confirmation says what the point is aligned with, "Publish now" publishes
		var saved = mvc.perform(post(path).params(DraftParams.of(form)).param("publish", "1").with(EDITOR).with(csrf()))
			.andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).endsWith("/publish");
		String confirm = page(get(saved.getRedirectedUrl()));
		assertThat(confirm).contains("Point 9: aligned with " + E3_7 + " (answers)");
		String lockVersion = confirm.replaceAll("(?s).*name=\"lockVersion\" value=\"(\\d+)\".*", "$1");
		mvc.perform(post("/proposals/{p}/versions/{n}/publish", PLAN, number).param("lockVersion", lockVersion)
			.with(EDITOR).with(csrf()));

		// a visitor sees the new point, its new source, and the alignment in /compare
		String point = visitor("/proposals/" + PLAN + "/versions/" + number + "/points/9");
		assertThat(point).contains("Membership questions left aside").contains("Allies asked about the plant");
		String compare = visitor("/compare?versions=" + PLAN + "@" + number + ",e3-counter-proposal@1");
		Matcher rows = Pattern.compile("<tr class=\"[^\"]*\">(.*?)</tr>", Pattern.DOTALL).matcher(compare);
		boolean together = false;
		while (rows.find()) {
			together |= rows.group(1).contains("/proposals/" + PLAN + "/versions/" + number + "/points/9")
					&& rows.group(1).contains("/proposals/e3-counter-proposal/versions/1/points/7");
		}
		assertThat(together).as("the new point and %s in one row of /compare", E3_7).isTrue();

		// the admin export of this database imports into an empty one and exports the same again
		String backup = adminExport();
		assertThat(backup).contains("key: journey-wire").contains("to: " + E3_7);
		DatasetImporterTest.empty(jdbc);
		importer.importFrom("backup.yaml", new ByteArrayInputStream(backup.getBytes(StandardCharsets.UTF_8)));
		assertThat(adminExport()).isEqualTo(backup);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(EDITOR).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	private String visitor(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	private String adminExport() throws IOException, Exception {
		var response = mvc.perform(get("/admin/export").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
