package org.parley.party.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors add, correct and delete parties (with their members), people, topics and measures:
 * a taken short name is refused next to the field, a stale correction answers 409 with the
 * editor's input, every change shows in the history, and what anything refers to is not deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class ReferenceDataEditingTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGroupIsAddedWithItsMembersCorrectedAndItsHistoryShowsTheChange() throws Exception {
		MvcResult created = send(post("/parties/new"), "slug", "nordic-group", "name", "Nordic group", "kind", "GROUP",
				"members", "uk", "members", "france", "token", UUID.randomUUID().toString());
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/parties/nordic-group");
		assertThat(jdbc.queryForList("""
				select m.slug from party_member pm join party g on g.id = pm.group_id join party m on m.id = pm.member_id
				where g.slug = 'nordic-group' order by 1""", String.class)).containsExactly("france", "uk");
		assertThat(read("/parties/nordic-group")).contains(">United Kingdom</a>").contains(">France</a>");

		assertThat(read("/parties/nordic-group/edit")).contains("value=\"Nordic group\"").contains("<input type=\"hidden\" name=\"members\" value=\"uk\">")
			.contains("<input type=\"hidden\" name=\"members\" value=\"france\">");
		send(post("/parties/nordic-group/edit"), "name", "Nordic states", "kind", "GROUP", "members", "france",
				"lockVersion", "0");
		assertThat(jdbc.queryForObject("select count(*) from party_member pm join party g on g.id = pm.group_id"
				+ " where g.slug = 'nordic-group'", Integer.class)).isEqualTo(1);

		String history = read("/parties/nordic-group/history");
		assertThat(history).contains("<del>Nordic group</del>").contains("<ins>Nordic states</ins>")
			.contains("<del>france, uk</del>").contains("<ins>france</ins>").contains("by ed");
	}

	@Test
	void aPersonATopicAndAMeasureAreAddedCorrectedAndTheirHistoryShowsTheChange() throws Exception {
		assertThat(send(post("/people/new"), "slug", "test-envoy", "name", "Test Envoy", "role", "envoy",
				"party", "france", "token", UUID.randomUUID().toString()).getResponse().getRedirectedUrl())
			.isEqualTo("/parties/france");
		assertThat(read("/parties/france")).contains("Test Envoy").contains("href=\"/people/test-envoy/edit\"");
		send(post("/people/test-envoy/edit"), "name", "Test Envoy", "role", "special envoy", "party", "uk",
				"lockVersion", "0");
		assertThat(read("/people/test-envoy/history")).contains("<del>envoy</del>").contains("<ins>special envoy</ins>")
			.contains("<del>france</del>").contains("<ins>uk</ins>");

		assertThat(send(post("/topics/new"), "slug", "prisoners", "name", "Prisoners", "description", "Exchanges",
				"token", UUID.randomUUID().toString()).getResponse().getRedirectedUrl()).isEqualTo("/topics/prisoners");
		assertThat(read("/topics/prisoners")).contains("Exchanges");
		send(post("/topics/prisoners/edit"), "name", "Prisoners of war", "description", "All-for-all exchanges",
				"lockVersion", "0");
		assertThat(read("/topics/prisoners/history")).contains("<ins>Prisoners of war</ins>")
			.contains("<del>Exchanges</del>");

		assertThat(send(post("/measures/new"), "slug", "troop-ceiling", "name", "Troop ceiling", "unit", "soldiers",
				"token", UUID.randomUUID().toString()).getResponse().getRedirectedUrl()).isEqualTo("/measures#troop-ceiling");
		assertThat(read("/measures")).contains("Troop ceiling").contains("href=\"/measures/troop-ceiling/edit\"");
		send(post("/measures/troop-ceiling/edit"), "name", "Troop ceiling", "unit", "personnel", "lockVersion", "0");
		assertThat(read("/measures/troop-ceiling/history")).contains("<del>soldiers</del>").contains("<ins>personnel</ins>");
	}

	@Test
	void aTakenShortNameIsRefusedNextToTheFieldForEachKind() throws Exception {
		Map<String, String[]> forms = Map.of(
				"/parties/new", new String[] { "slug", "uk", "name", "Another UK", "kind", "STATE" },
				"/people/new", new String[] { "slug", "rubio", "name", "Another Rubio", "party", "us" },
				"/topics/new", new String[] { "slug", "nato", "name", "Another NATO" },
				"/measures/new", new String[] { "slug", "armed-forces-cap", "name", "Another cap", "unit", "people" });
		for (var form : forms.entrySet()) {
			String[] fields = java.util.Arrays.copyOf(form.getValue(), form.getValue().length + 2);
			fields[fields.length - 2] = "token";
			fields[fields.length - 1] = UUID.randomUUID().toString();
			MvcResult result = send(post(form.getKey()), fields);
			assertThat(result.getResponse().getStatus()).as(form.getKey()).isEqualTo(200);
			assertThat(body(result)).as(form.getKey()).contains("id=\"slug-error\"")
				.contains("already has this short name").contains("value=\"Another ");
		}
	}

	@Test
	void aStaleCorrectionAnswers409AndKeepsWhatTheEditorTyped() throws Exception {
		send(post("/topics/new"), "slug", "raced-topic", "name", "Raced", "token", UUID.randomUUID().toString());
		send(post("/parties/new"), "slug", "raced-party", "name", "Raced party", "kind", "STATE", "token",
				UUID.randomUUID().toString());
		send(post("/people/new"), "slug", "raced-person", "name", "Raced person", "party", "us", "token",
				UUID.randomUUID().toString());
		send(post("/measures/new"), "slug", "raced-measure", "name", "Raced measure", "unit", "km", "token",
				UUID.randomUUID().toString());
		String[][] edits = {
				{ "/topics/raced-topic/edit", "name" }, { "/parties/raced-party/edit", "name", "kind", "STATE" },
				{ "/people/raced-person/edit", "name", "party", "us" },
				{ "/measures/raced-measure/edit", "name", "unit", "km" } };
		for (String[] edit : edits) {
			String[] first = fields(edit, "First correction");
			assertThat(send(post(edit[0]), first).getResponse().getStatus()).as(edit[0]).isEqualTo(302);
			MvcResult stale = send(post(edit[0]), fields(edit, "My competing name"));
			assertThat(stale.getResponse().getStatus()).as(edit[0]).isEqualTo(409);
			assertThat(body(stale)).as(edit[0]).contains("My competing name").contains("First correction");
		}
	}

	@Test
	void deletingWhatIsReferredToIsRefusedAndNamesTheReferrers() throws Exception {
		MvcResult party = send(post("/parties/russia/delete"));
		assertThat(party.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(party)).contains("cannot be deleted").containsPattern("Used by \\d+ positions")
			.containsPattern("Used by \\d+ people").contains("href=\"/people/").contains("href=\"/positions/");
		assertThat(jdbc.queryForObject("select count(*) from party where slug = 'russia'", Integer.class)).isEqualTo(1);

		assertThat(body(send(post("/parties/uk/delete")))).containsPattern("Member of \\d+ groups?").contains("href=\"/parties/e3\"");
		assertThat(body(send(post("/people/peskov/delete")))).containsPattern("Used by \\d+ positions");
		String topic = read("/topics/nato/delete");
		assertThat(topic).containsPattern("Used by \\d+ points").containsPattern("Used by \\d+ positions")
			.contains("href=\"/proposals/").doesNotContain("class=\"danger\"");
		assertThat(body(send(post("/measures/armed-forces-cap/delete")))).containsPattern("Used by \\d+ points?")
			.contains("/points/");
		assertThat(jdbc.queryForObject("select count(*) from measure where slug = 'armed-forces-cap'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void whatNothingRefersToIsDeletedAfterConfirmation() throws Exception {
		send(post("/parties/new"), "slug", "short-lived", "name", "Short-lived", "kind", "GROUP", "members", "uk",
				"token", UUID.randomUUID().toString());
		send(post("/people/new"), "slug", "short-lived-person", "name", "Short-lived person", "party", "short-lived",
				"token", UUID.randomUUID().toString());
		send(post("/topics/new"), "slug", "short-lived-topic", "name", "Short-lived topic", "token",
				UUID.randomUUID().toString());
		send(post("/measures/new"), "slug", "short-lived-measure", "name", "Short-lived measure", "unit", "km",
				"token", UUID.randomUUID().toString());

		// the person first: until then the party is referred to
		assertThat(body(send(post("/parties/short-lived/delete")))).contains("Short-lived person");
		for (String[] item : new String[][] { { "/people/short-lived-person", "/parties/short-lived" },
				{ "/parties/short-lived", "/parties" }, { "/topics/short-lived-topic", "/topics" },
				{ "/measures/short-lived-measure", "/measures" } }) {
			String confirm = read(item[0] + "/delete");
			assertThat(confirm).as(item[0]).contains("action=\"" + item[0] + "/delete\"").contains("<button");
			MvcResult deleted = send(post(item[0] + "/delete"));
			assertThat(deleted.getResponse().getRedirectedUrl()).as(item[0]).isEqualTo(item[1]);
		}
		assertThat(jdbc.queryForObject("""
				select (select count(*) from party where slug = 'short-lived') + (select count(*) from person where slug = 'short-lived-person')
				     + (select count(*) from topic where slug = 'short-lived-topic') + (select count(*) from measure where slug = 'short-lived-measure')
				""", Integer.class)).isZero();
		// Envers keeps the removal, signed
		assertThat(jdbc.queryForObject("select count(*) from topic_aud where revtype = 2 and slug = 'short-lived-topic'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void anonymousVisitorsAreSentToLoginAndSeeNoEditingLinks() throws Exception {
		for (String url : new String[] { "/parties/new", "/parties/uk/edit", "/parties/uk/delete", "/parties/uk/history",
				"/people/new", "/people/rubio/edit", "/topics/new", "/topics/nato/edit", "/topics/nato/delete",
				"/measures/new", "/measures/armed-forces-cap/edit", "/measures/armed-forces-cap/history" }) {
			MvcResult result = mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/login");
		}
		for (String url : new String[] { "/parties", "/parties/uk", "/topics", "/topics/nato", "/measures" }) {
			String page = body(mvc.perform(get(url)).andReturn());
			assertThat(page).as(url).doesNotContain("/edit\"", "/delete\"", "/history\"", "/parties/new", "/topics/new",
					"/measures/new", "/people/new");
		}
		assertThat(body(send(get("/parties")))).contains("href=\"/parties/new\"").contains("href=\"/people/new\"");
		assertThat(body(send(get("/topics")))).contains("href=\"/topics/new\"");
		assertThat(body(send(get("/measures")))).contains("href=\"/measures/new\"");
		assertThat(body(send(get("/topics/nato")))).contains("href=\"/topics/nato/edit\"")
			.contains("href=\"/topics/nato/delete\"").contains("href=\"/topics/nato/history\"");
	}

	/** The correction fields of {@code edit} (its path, the field set to {@code name}, then fixed pairs). */
	private static String[] fields(String[] edit, String name) {
		String[] fields = new String[edit.length + 3];
		fields[0] = edit[1];
		fields[1] = name;
		System.arraycopy(edit, 2, fields, 2, edit.length - 2);
		fields[edit.length] = "lockVersion";
		fields[edit.length + 1] = "0";
		fields[edit.length + 2] = null;
		return java.util.Arrays.copyOf(fields, edit.length + 2);
	}

	private String read(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(EDITOR)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return body(result);
	}

	private MvcResult send(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		request.with(EDITOR).with(csrf());
		Map<String, java.util.List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			params.computeIfAbsent(fields[i], k -> new java.util.ArrayList<>()).add(fields[i + 1]);
		}
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
