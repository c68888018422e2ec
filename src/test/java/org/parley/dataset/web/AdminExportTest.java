package org.parley.dataset.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.parley.dataset.DatasetExporter;
import org.parley.dataset.DatasetImporter;
import org.parley.security.Accounts;
import org.parley.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** An admin takes a backup while Parley runs; it restores with --import, accounts only when asked for. */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class AdminExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void theSmallDatasetAndAnEditor() throws IOException {
		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
		jdbc.update("delete from app_user where username = 'backup-editor'");
		try (InputStream in = new ClassPathResource("dataset/small.yaml").getInputStream()) {
			importer.importFrom("small.yaml", in);
		}
		accounts.create("backup-editor", "a long enough password", Role.EDITOR);
	}

	@Test
	void onlyAnAdminDownloadsABackup() throws Exception {
		assertThat(mvc.perform(get("/admin/export")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/admin/export").with(user("ed").roles("EDITOR"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/admin/users").with(user("root").roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/admin/export\"", "href=\"/admin/export?accounts=true\"");
	}

	@Test
	void theDownloadIsTheWholeDatasetWithDraftsAndWithoutAccounts() throws Exception {
		MvcResult result = mvc.perform(get("/admin/export").with(user("root").roles("ADMIN"))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/yaml");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("parley-backup-");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).isEqualTo(export()).contains("status: DRAFT").doesNotContain("accounts:", "backup-editor", "$2");
	}

	@Test
	void withAccountsTheBackupRestoresThemWithTheirPasswordHashes() throws Exception {
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'backup-editor'",
				String.class);
		MvcResult result = mvc.perform(get("/admin/export").param("accounts", "true")
			.with(user("root").roles("ADMIN"))).andReturn();
		byte[] backup = result.getResponse().getContentAsByteArray();
		assertThat(new String(backup, StandardCharsets.UTF_8)).contains("accounts:", "username: backup-editor",
				hash);

		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
		jdbc.update("delete from app_user");
		importer.importFrom("backup.yaml", new ByteArrayInputStream(backup));

		assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'backup-editor'",
				String.class)).isEqualTo(hash);
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		exporter.exportTo(again, true);
		assertThat(again.toByteArray()).isEqualTo(backup);
	}

	private String export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.exportTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
