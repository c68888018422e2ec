package org.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * Format 3: a point's texts in other languages go out with the export and come back with the
 * import; files of format 2 still import; the importer's rules for texts are the form's.
 * Shares its context with {@link DatasetImporterTest}.
 */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
class PointTextsDatasetTest {

	private static final String FILE = """
			format: parley-dataset
			formatVersion: 3
			sources:
			  - key: kyiv-report
			    publisher: Kyiv Agency
			    title: The plan in Ukrainian
			    url: https://example.org/plan
			    published: 2025-11-20
			    datePrecision: EXACT
			    reliability: REPUTABLE_MEDIA
			proposals:
			  - slug: plan
			    name: Plan
			    versions:
			      - number: 1
			        title: Text
			        issued: 2025-11-20
			        datePrecision: EXACT
			        provenance: OFFICIAL
			        completeness: COMPLETE
			        status: PUBLISHED
			        points:
			          - label: "1"
			            title: Army
			            text: The army is capped at 600,000.
			            texts:
			              - language: uk
			                title: Армія
			                text: Армію обмежено до 600 тисяч.
			                basis: OFFICIAL_TRANSLATION
			                source: kyiv-report
			              - language: ru
			                text: Армия ограничена 600 тысячами.
			                basis: PARAPHRASE
			                source: kyiv-report
			            sources: [kyiv-report]
			""";

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		DatasetImporterTest.empty(jdbc);
	}

	@Test
	void textsInOtherLanguagesSurviveExportAndImport() throws IOException {
		importer.importFrom("texts.yaml", stream(FILE));

		assertThat(jdbc.queryForList("select t.language || ':' || t.basis || ':' || coalesce(t.title, '-') || ':' || t.text"
				+ " || ':' || s.key from point_text t join source s on s.id = t.source_id order by t.language", String.class))
			.containsExactly("ru:PARAPHRASE:-:Армия ограничена 600 тысячами.:kyiv-report",
					"uk:OFFICIAL_TRANSLATION:Армія:Армію обмежено до 600 тисяч.:kyiv-report");
		String first = export();
		assertThat(first).startsWith("format: parley-dataset\nformatVersion: 3\n")
			.contains("language: ru", "language: uk", "basis: OFFICIAL_TRANSLATION");

		emptyDatabase();
		importer.importFrom("export.yaml", stream(first));
		assertThat(export()).isEqualTo(first);
	}

	@Test
	void aFormatTwoFileStillImportsWithEnglishTextsOnly() throws IOException {
		String old = FILE.replace("formatVersion: 3", "formatVersion: 2")
			.replaceAll("(?s)            texts:.*?(?=            sources:)", "");
		importer.importFrom("old.yaml", stream(old));

		assertThat(jdbc.queryForObject("select text from point", String.class)).isEqualTo("The army is capped at 600,000.");
		assertThat(jdbc.queryForObject("select count(*) from point_text", Integer.class)).isZero();
	}

	@Test
	void theSampleCarriesUkrainianParaphrasesOfTheTwoPlansEveryOneCitingItsPointsOwnSource() throws IOException {
		try (InputStream in = new ClassPathResource(DatasetStartup.SAMPLE).getInputStream()) {
			importer.importFrom("sample", in);
		}
		assertThat(jdbc.queryForList("""
				select pr.slug || '@' || v.number || ':' || count(*) from point_text t join point p on p.id = t.point_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where t.language = 'uk' and t.basis = 'PARAPHRASE'
				  and exists (select 1 from point_source ps where ps.point_id = p.id and ps.source_id = t.source_id)
				group by pr.slug, v.number order by pr.slug""", String.class))
			.containsExactly("ukraine-20-point-plan@1:20", "us-28-point-plan@1:28");
		assertThat(jdbc.queryForObject("select count(*) from point_text", Integer.class)).isEqualTo(48);
	}

	@Test
	void theDatabaseRefusesToChangeAPublishedVersionsTextsAndAnnouncesADraftsChange() {
		importer.importFrom("draft.yaml", stream(FILE.replace("status: PUBLISHED", "status: DRAFT")));
		long before = jdbc.queryForObject("select revision from data_revision", Long.class);
		jdbc.update("update point_text set text = 'Армію обмежено.' where language = 'uk'");
		assertThat(jdbc.queryForObject("select revision from data_revision", Long.class)).isGreaterThan(before);

		emptyDatabase();
		importer.importFrom("published.yaml", stream(FILE));
		assertThatThrownBy(() -> jdbc.update("update point_text set text = 'Інше.' where language = 'uk'"))
			.hasMessageContaining("point_text of a published version cannot change");
		assertThatThrownBy(() -> jdbc.update("delete from point_text"))
			.hasMessageContaining("point_text of a published version cannot change");
	}

	@Test
	void theImporterRefusesWhatTheFormRefuses() {
		assertRefused(FILE.replace("formatVersion: 3", "formatVersion: 2"), "texts need formatVersion 3");
		assertRefused(FILE.replace("language: ru", "language: en"), "language must be one of [uk, ru]");
		assertRefused(FILE.replace("language: ru", "language: de"), "language must be one of [uk, ru]");
		assertRefused(FILE.replace("language: ru", "language: uk"), "language uk has two texts");
		assertRefused(FILE.replace("source: kyiv-report\n              - language: ru", "source: nowhere\n              - language: ru"),
				"source 'nowhere' does not exist");
		assertRefused(FILE.replace("basis: PARAPHRASE", "basis: GUESSED"), "GUESSED");
		assertRefused(FILE.replace("                basis: PARAPHRASE\n", ""), "basis is missing");
	}

	private void assertRefused(String file, String message) {
		assertThatThrownBy(() -> importer.importFrom("bad.yaml", stream(file)))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining(message);
		assertThat(jdbc.queryForObject("select count(*) from point", Integer.class)).isZero();
	}

	private String export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.exportTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
