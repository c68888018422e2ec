package org.parley.position.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Editors record and correct positions; a correction keeps the earlier state in history. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class PositionEditingTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

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

}
