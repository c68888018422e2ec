package org.parley.event.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Editors add and correct events; a correction keeps the earlier state in history. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class EventEditingTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEventWithParticipantsIsAddedAndCorrected() throws Exception {
		mvc.perform(post("/events/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "test-round").param("title", "Test round").param("startsOn", "2026-01-10")
			.param("endsOn", "2026-01-11").param("parties", "russia").param("names", "An undisclosed delegation\n")
			.param("sources", "ht-axios-nov19"));
		assertThat(jdbc.queryForObject("select count(*) from event_participant p join event e on e.id = p.event_id "
				+ "where e.slug = 'test-round'", Integer.class)).isEqualTo(2);
		String refused = mvc.perform(post("/events/test-round/edit").with(EDITOR).with(csrf()).param("lockVersion", "0")
			.param("title", "Test round").param("startsOn", "2026-01-10").param("endsOn", "2026-01-01")
			.param("sources", "ht-axios-nov19"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("cannot end before it starts");
		mvc.perform(post("/events/test-round/edit").with(EDITOR).with(csrf()).param("lockVersion", "0")
			.param("title", "Test round, corrected").param("startsOn", "2026-01-10").param("names", "Someone else")
			.param("sources", "ht-axios-nov19"));
		assertThat(jdbc.queryForObject("select title from event where slug = 'test-round'", String.class))
			.isEqualTo("Test round, corrected");
		assertThat(jdbc.queryForObject("select name from event_participant p join event e on e.id = p.event_id "
				+ "where e.slug = 'test-round'", String.class)).isEqualTo("Someone else");
		assertThat(mvc.perform(get("/events/test-round/history").with(EDITOR)).andReturn().getResponse()
			.getContentAsString()).contains("<ins>Test round, corrected</ins>");
	}

	@Test
	void anEventWithoutAnySourceIsRefusedNextToTheSourcesPicker() throws Exception {
		String refused = mvc.perform(post("/events/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "unsourced-round").param("title", "Unsourced round").param("startsOn", "2026-01-10"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"sources-error\"").contains("Choose at least one source for the event")
			.contains("value=\"Unsourced round\"");
		assertThat(jdbc.queryForObject("select count(*) from event where slug = 'unsourced-round'", Integer.class)).isZero();
	}

}
