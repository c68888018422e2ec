package org.parley;

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

/** Editors add and correct sources, positions and events; corrections keep the earlier state in history. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class ReferenceEditingTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSourceIsAddedOnceEvenWhenTheFormIsSubmittedTwice() throws Exception {
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			MvcResult result = mvc.perform(source(post("/sources/new"), "key", "test-source", "token", token))
				.andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sources/test-source");
		}
		assertThat(jdbc.queryForObject("select count(*) from source where key = 'test-source'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aSourceWithABadAddressOrATakenKeyIsRefusedNextToTheField() throws Exception {
		mvc.perform(source(post("/sources/new"), "key", "taken-source", "token", UUID.randomUUID().toString()));
		String page = mvc.perform(source(post("/sources/new"), "key", "taken-source", "url", "javascript:alert(1)",
				"token", UUID.randomUUID().toString())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"key-error\"").contains("already has this key")
			.contains("id=\"url-error\"").contains("starting with http");
	}

	@Test
	void aCorrectedSourceKeepsItsEarlierStateInHistoryAndAStaleCorrectionConflicts() throws Exception {
		mvc.perform(source(post("/sources/new"), "key", "corrected", "token", UUID.randomUUID().toString()));
		String form = mvc.perform(get("/sources/corrected/edit").with(EDITOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"Test Publisher\"");
		mvc.perform(source(post("/sources/corrected/edit"), "title", "Corrected title", "lockVersion", "0"));
		MvcResult stale = mvc.perform(source(post("/sources/corrected/edit"), "title", "My competing title",
				"lockVersion", "0")).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("My competing title").contains("Corrected title");

		String history = mvc.perform(get("/sources/corrected/history").with(EDITOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(history).contains("<del>A test title</del>").contains("<ins>Corrected title</ins>").contains("by ed");
	}

	@Test
	void recordAPositionFromAPointPageThenCorrectIt() throws Exception {
		String form = mvc.perform(get("/positions/new").param("point", "us-28-point-plan@1#6").with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"us-28-point-plan@1#6\"");

		String source = jdbc.queryForObject("select min(key) from source", String.class);
		MvcResult created = mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("party", "russia").param("stance", "REJECTS")
			.param("statedOn", "2025-11-25").param("targetKind", "POINT").param("targetPoint", "us-28-point-plan@1#6")
			.param("paraphrase", "Rejects the cap, as recorded first.").param("source", source)).andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/proposals/us-28-point-plan/versions/1/points/6");
		long id = jdbc.queryForObject("select id from position where paraphrase = 'Rejects the cap, as recorded first.'",
				Long.class);

		mvc.perform(post("/positions/{id}/edit", id).with(EDITOR).with(csrf()).param("lockVersion", "0")
			.param("party", "russia").param("stance", "OPPOSES").param("statedOn", "2025-11-25")
			.param("targetKind", "POINT").param("targetPoint", "us-28-point-plan@1#6")
			.param("paraphrase", "Opposes the cap, corrected.").param("source", source));
		String history = mvc.perform(get("/positions/{id}/history", id).with(EDITOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(history).contains("<del>REJECTS</del>").contains("<ins>OPPOSES</ins>")
			.contains("<del>Rejects the cap, as recorded first.</del>");
	}

	@Test
	void aPositionNeedsAPublishedTargetAndASource() throws Exception {
		String page = mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("party", "russia").param("stance", "REJECTS")
			.param("statedOn", "2025-11-25").param("targetKind", "POINT").param("targetPoint", "no-such@1#1")
			.param("paraphrase", "x")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"targetPoint-error\"").contains("id=\"source-error\"");
	}

	@Test
	void aPersonSpeaksForTheirPartyOrAGroupItBelongsToAsTheSampleDataRecords() throws Exception {
		String source = jdbc.queryForObject("select min(key) from source", String.class);
		MvcResult forTheGroup = mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("party", "e3").param("person", "starmer")
			.param("stance", "OPPOSES").param("statedOn", "2025-11-25").param("targetKind", "POINT")
			.param("targetPoint", "us-28-point-plan@1#6").param("paraphrase", "Speaks for the E3.")
			.param("source", source)).andReturn();
		assertThat(forTheGroup.getResponse().getStatus()).isEqualTo(302);
		String forAnother = mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("party", "russia").param("person", "starmer")
			.param("stance", "OPPOSES").param("statedOn", "2025-11-25").param("targetKind", "POINT")
			.param("targetPoint", "us-28-point-plan@1#6").param("paraphrase", "Cannot speak for Russia.")
			.param("source", source)).andReturn().getResponse().getContentAsString();
		assertThat(forAnother).contains("id=\"person-error\"");
	}

	@Test
	void anEventWithParticipantsIsAddedAndCorrected() throws Exception {
		mvc.perform(post("/events/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "test-round").param("title", "Test round").param("startsOn", "2026-01-10")
			.param("endsOn", "2026-01-11").param("parties", "russia").param("names", "An undisclosed delegation\n"));
		assertThat(jdbc.queryForObject("select count(*) from event_participant p join event e on e.id = p.event_id "
				+ "where e.slug = 'test-round'", Integer.class)).isEqualTo(2);
		String refused = mvc.perform(post("/events/test-round/edit").with(EDITOR).with(csrf()).param("lockVersion", "0")
			.param("title", "Test round").param("startsOn", "2026-01-10").param("endsOn", "2026-01-01"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("cannot end before it starts");
		mvc.perform(post("/events/test-round/edit").with(EDITOR).with(csrf()).param("lockVersion", "0")
			.param("title", "Test round, corrected").param("startsOn", "2026-01-10").param("names", "Someone else"));
		assertThat(jdbc.queryForObject("select title from event where slug = 'test-round'", String.class))
			.isEqualTo("Test round, corrected");
		assertThat(jdbc.queryForObject("select name from event_participant p join event e on e.id = p.event_id "
				+ "where e.slug = 'test-round'", String.class)).isEqualTo("Someone else");
		assertThat(mvc.perform(get("/events/test-round/history").with(EDITOR)).andReturn().getResponse()
			.getContentAsString()).contains("<ins>Test round, corrected</ins>");
	}

	/** A valid source form; {@code overrides} are name, value pairs that replace or add fields. */
	private MockHttpServletRequestBuilder source(MockHttpServletRequestBuilder request, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("publisher", "Test Publisher");
		fields.put("title", "A test title");
		fields.put("url", "https://example.org/a");
		fields.put("publishedOn", "2025-11-20");
		fields.put("datePrecision", "EXACT");
		fields.put("reliability", "REPUTABLE_MEDIA");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(EDITOR).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
