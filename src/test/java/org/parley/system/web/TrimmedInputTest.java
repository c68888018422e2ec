package org.parley.system.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What editors type is stored without the spaces around it, and a blank field as nothing; a password as typed. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class TrimmedInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void formTextIsTrimmedAndABlankFieldIsNothing() throws Exception {
		mvc.perform(post("/sources/new").with(user("ed").roles("EDITOR")).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("key", " trimmed-source ")
			.param("publisher", "  Padded Publisher \n")
			.param("title", "A title")
			.param("url", " https://example.org/trimmed ")
			.param("publishedOn", "2025-11-20")
			.param("datePrecision", "EXACT")
			.param("reliability", "OFFICIAL")
			.param("note", "   "))
			.andReturn();
		var stored = jdbc.queryForMap("select publisher, url, note from source where key = 'trimmed-source'");
		assertThat(stored.get("publisher")).isEqualTo("Padded Publisher");
		assertThat(stored.get("url")).isEqualTo("https://example.org/trimmed");
		assertThat(stored.get("note")).isNull();
	}

	@Test
	void aPasswordIsKeptAsTyped() throws Exception {
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "spaced")
			.param("password", " spaces count here ")
			.param("role", "EDITOR"))
			.andReturn();
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'spaced'", String.class);
		assertThat(passwords.matches(" spaces count here ", hash)).isTrue();
	}

}
