package org.parley.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shares its context (and its database, emptied before each test) with {@link BackupRoundTripTest}. */
@SpringBootTest(properties = "parley.sample-data.enabled=false")
@AutoConfigureMockMvc
public class DatasetImporterTest {

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		empty(jdbc);
	}

	/** Everything a dataset holds, gone: the database is as empty as a new one for the importer. */
	public static void empty(JdbcTemplate jdbc) {
		jdbc.execute("truncate party, topic, source, measure, event, proposal restart identity cascade");
	}

	@Test
	void loadsAGoodFileWithEverythingInIt() throws IOException {
		DatasetImporter.ImportSummary summary = importFile("dataset/small.yaml");

		assertThat(summary).isEqualTo(new DatasetImporter.ImportSummary(2, 3, 4, 3, 1, 2));
		assertThat(jdbc.queryForObject("""
				select v.status from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = 'e3-plan' and v.number = 2""", String.class)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("""
				select count(*) from proposal_version where status = 'PUBLISHED' and published_at is not null""",
				Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				select to_p.label || '@' || to_v.number || ':' || l.kind from point_link l
				join point from_p on from_p.id = l.from_point_id join proposal_version from_v on from_v.id = from_p.version_id
				join point to_p on to_p.id = l.to_point_id join proposal_version to_v on to_v.id = to_p.version_id
				where from_v.number = 1""", String.class)).isEqualTo("1@1:ANSWERS");
		assertThat(jdbc.queryForObject("select value from key_figure where qualifier = 'peacetime'", BigDecimal.class))
			.isEqualByComparingTo("800000");
		assertThat(jdbc.queryForList("select coalesce(p.slug, pa.slug, ep.name) from event_participant ep "
				+ "left join person p on p.id = ep.person_id left join party pa on pa.id = ep.party_id order by ordinal",
				String.class))
			.containsExactly("rubio", "e3", "Undisclosed delegation");
		assertThat(jdbc.queryForList("select m.slug from party_member pm join party g on g.id = pm.group_id "
				+ "join party m on m.id = pm.member_id where g.slug = 'e3' order by m.slug", String.class))
			.containsExactly("france", "uk");
		// the first source of a position is its primary source, the others are kept as further sources
		assertThat(jdbc.queryForObject("select s.key from position p join source s on s.id = p.source_id "
				+ "where p.stance = 'REJECTS'", String.class)).isEqualTo("mirror");
		assertThat(jdbc.queryForObject("select count(*) from position_source", Integer.class)).isEqualTo(1);
	}

	@Test
	void refusesABadFileNamingTheFileEachEntryAndEachProblemAndLoadsNothing() {
		String bad = """
				format: parley-dataset
				formatVersion: 1
				topics:
				  - slug: Territory
				    name: Territory
				parties:
				  - slug: us
				    name: United States
				    kind: STATE
				sources:
				  - key: report
				    publisher: Agency
				    title: Report
				    url: not-a-url
				    published: 2025-11-21
				    datePrecision: EXACT
				    reliability: REPUTABLE_MEDIA
				events:
				  - slug: unsourced-talks
				    title: Talks nobody reported
				    starts: 2025-11-22
				proposals:
				  - slug: us-plan
				    name: US plan
				    proposers: [us, nobody]
				    versions:
				      - number: 1
				        title: Draft
				        issued: 2025-11-20
				        datePrecision: EXACT
				        provenance: LEAKED
				        completeness: COMPLETE
				        status: PUBLISHED
				        removes: [us-plan@1#6]
				        sources: [report]
				        points:
				          - label: "6"
				            title: Cap
				            text: 600,000
				            topics: [territory]
				            sources: [report]
				          - label: "6"
				            title: Cap again
				            text: ""
				            topics: [territory]
				            sources: [report]
				            links:
				              - to: us-plan@1#99
				                kind: ANSWERS
				""";

		assertThatThrownBy(() -> importer.importFrom("bad.yaml", stream(bad)))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageStartingWith("bad.yaml: ")
			.hasMessageContaining("topic 1: slug 'Territory' must be lower-case")
			.hasMessageContaining("source report: url 'not-a-url' is not an http(s) address")
			.hasMessageContaining("proposal us-plan: proposer 'nobody' does not exist")
			.hasMessageContaining("event unsourced-talks: needs at least one source")
			.hasMessageContaining("proposal us-plan, version 1, point 6: label 6 is used twice in this version")
			.hasMessageContaining("proposal us-plan, version 1, point 6: text is missing")
			.hasMessageContaining("link to 'us-plan@1#99' is not a point in this file")
			.hasMessageContaining("proposal us-plan, version 1: removes needs formatVersion 2")
			.hasMessageContaining("removes 'us-plan@1#6', which is not a point of the version it is based on")
			.hasMessageContaining("proposal us-plan, version 1, point 6: topic 'territory' does not exist");
		assertThat(jdbc.queryForObject("select count(*) from party", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isZero();
	}

	@Test
	void refusesMalformedYamlAndUnknownKeysWithTheirLine() {
		assertThatThrownBy(() -> importer.importFrom("typo.yaml", stream("""
				format: parley-dataset
				formatVersion: 1
				topics:
				  - slug: nato
				    nmae: NATO
				""")))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("typo.yaml")
			.hasMessageContaining("line ")
			.hasMessageContaining("at topics[0].nmae: Unrecognized property \"nmae\"")
			.hasMessageNotContaining("org.parley");
		assertThatThrownBy(() -> importer.importFrom("stance.yaml", stream("""
				format: parley-dataset
				formatVersion: 1
				positions:
				  - party: us
				    stance: LOVES
				""")))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("positions[0].stance")
			.hasMessageContaining("LOVES");
		assertThatThrownBy(() -> importer.importFrom("future.yaml", stream("""
				format: parley-dataset
				formatVersion: 4
				""")))
			.hasMessageContaining("formatVersion 4 is not supported; this Parley reads versions 1 to 3");
	}

	@Test
	void aVersionOneFileStillImportsEveryTextAsAParaphrase() throws IOException {
		importFile("dataset/small.yaml"); // formatVersion 1: no point has a basis

		assertThat(jdbc.queryForList("select distinct text_basis from point", String.class))
			.containsExactly("PARAPHRASE");
	}

	@Test
	void aPointKeepsItsBasisAndItsNoteApartFromItsTextThroughExportAndImport() throws IOException {
		String file = """
				format: parley-dataset
				formatVersion: 2
				topics:
				  - slug: nato
				    name: NATO
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
				        status: DRAFT
				        points:
				          - label: "1"
				            title: Membership
				            text: Ukraine shall not join NATO.
				            basis: VERBATIM
				            topics: [nato]
				            note: Worded as in the official English text.
				          - label: "2"
				            title: Forces
				            text: No foreign troops.
				            topics: [nato]
				""";
		importer.importFrom("basis.yaml", stream(file));

		assertThat(jdbc.queryForList("select label || ':' || text_basis || ':' || coalesce(note, '-') || ':' || text "
				+ "from point order by label", String.class))
			.containsExactly("1:VERBATIM:Worded as in the official English text.:Ukraine shall not join NATO.",
					"2:PARAPHRASE:-:No foreign troops.");
		String exported = new String(export(), StandardCharsets.UTF_8);
		assertThat(exported).contains("basis: VERBATIM").doesNotContain("basis: PARAPHRASE");

		emptyDatabase();
		assertThatThrownBy(() -> importer.importFrom("old.yaml", stream(file.replace("formatVersion: 2", "formatVersion: 1"))))
			.hasMessageContaining("point 1: basis needs formatVersion 2");
	}

	@Test
	void aReportedChangeIsABasisOfItsOwnAndAnUnknownBasisIsRefused() throws IOException {
		String file = """
				format: parley-dataset
				formatVersion: 2
				proposals:
				  - slug: plan
				    name: Plan
				    versions:
				      - number: 1
				        title: Text
				        issued: 2025-11-20
				        datePrecision: EXACT
				        provenance: REPORTED
				        completeness: PARTIAL
				        status: DRAFT
				        points:
				          - label: "1"
				            title: Army
				            text: The cap on the armed forces was raised.
				            basis: REPORTED_CHANGE
				""";
		importer.importFrom("reported.yaml", stream(file));

		assertThat(jdbc.queryForList("select text_basis from point", String.class)).containsExactly("REPORTED_CHANGE");
		assertThat(new String(export(), StandardCharsets.UTF_8)).contains("basis: REPORTED_CHANGE");

		emptyDatabase();
		assertThatThrownBy(() -> importer.importFrom("guess.yaml", stream(file.replace("REPORTED_CHANGE", "GUESSED"))))
			.isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("basis")
			.hasMessageContaining("GUESSED");
		assertThat(jdbc.queryForObject("select count(*) from point", Integer.class)).isZero();
	}

	@Test
	void importsOnlyIntoAnEmptyDatabaseLeavingWhatIsStoredUntouched() throws IOException {
		importFile("dataset/small.yaml");

		assertThatThrownBy(() -> importFile("dataset/small.yaml")).isInstanceOf(InvalidDatasetException.class)
			.hasMessageContaining("the database already holds data");
		assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isEqualTo(2);
	}

	@Test
	void exportThenImportIntoAnEmptyDatabaseThenExportGivesTheSameFile() throws IOException {
		importFile(DatasetStartup.SAMPLE);
		byte[] first = export();

		emptyDatabase();
		importer.importFrom("first-export.yaml", new ByteArrayInputStream(first));
		byte[] second = export();

		String firstText = new String(first, StandardCharsets.UTF_8);
		assertThat(firstText).startsWith("format: parley-dataset\nformatVersion: 3\n")
			.contains("us-28-point-plan", "e3-counter-proposal", "ukraine-20-point-plan");
		assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(firstText);
	}

	@Test
	void theSmallFileAlsoSurvivesTheRoundTripWithDraftsNotesAndFlags() throws IOException {
		importFile("dataset/small.yaml");
		byte[] first = export();
		emptyDatabase();
		importer.importFrom("first-export.yaml", new ByteArrayInputStream(first));

		String exported = new String(export(), StandardCharsets.UTF_8);
		assertThat(exported).isEqualTo(new String(first, StandardCharsets.UTF_8))
			.contains("status: DRAFT", "lowConfidence: true", "value: 800000", "qualifier: no limit", "- name: Undisclosed delegation");
	}

	private DatasetImporter.ImportSummary importFile(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return importer.importFrom(resource, in);
		}
	}

	private byte[] export() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.exportTo(out);
		return out.toByteArray();
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
