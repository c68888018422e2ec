package org.parley.source.web;

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

/** Editors add and correct sources; a correction keeps the earlier state in history. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class SourceEditingTest {

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
