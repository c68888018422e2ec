package org.parley.system.web;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reading list has its records as CSV and JSON, each saying where and when it came from. */
class ExportsTest extends ReadingPageTest {

	private record Csv(String comment, List<String> header, List<CSVRecord> records) {
	}

	private Csv csv(String uri, Object... variables) throws Exception {
		var result = mvc.get().uri(uri, variables).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		CSVParser parser = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setHeader()
			.get()
			.parse(new StringReader(result.getResponse().getContentAsString()));
		List<CSVRecord> records = parser.getRecords();
		return new Csv(parser.getHeaderComment(), parser.getHeaderNames(), records);
	}

	@Test
	void aVersionsPointsWithTopicsFiguresSourcesTextBasisAndConfidence() throws Exception {
		Csv csv = csv("/proposals/{p}/versions/1?format=csv", world.plan);
		assertThat(csv.comment()).isEqualTo("source: http://localhost/proposals/" + world.plan + "/versions/1\nexported: "
				+ LocalDate.now());
		assertThat(csv.header()).contains("point", "text", "text is", "low confidence", "topics", "figures", "sources");
		assertThat(csv.records()).hasSize(3);
		CSVRecord cap = csv.records().get(1);
		assertThat(cap.get("point")).isEqualTo(world.plan + "@1#2");
		assertThat(cap.get("topics")).isEqualTo("Armed-forces cap");
		assertThat(cap.get("figures")).isEqualTo("Ceiling on the armed forces: 600,000 personnel (at all times)");
		assertThat(cap.get("text is")).isNotBlank();
		assertThat(csv.records().get(2).get("low confidence")).isEqualTo("true");
		assertThat(csv.records().get(2).get("sources")).contains("Mirror Site").contains("aggregator");

		assertThat(mvc.get().uri("/proposals/{p}/versions/1?format=json", world.plan)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.source",
					v -> assertThat(v).isEqualTo("http://localhost/proposals/" + world.plan + "/versions/1"))
			.hasPathSatisfying("$.exported", v -> assertThat(v).isEqualTo(LocalDate.now().toString()))
			.hasPathSatisfying("$.records.length()", v -> assertThat(v).isEqualTo(3))
			.hasPathSatisfying("$.records[1].figures", v -> assertThat(v).asString().contains("600,000"));
		// drafts have no export, as they have no page
		assertThat(mvc.get().uri("/proposals/{p}/versions/3?format=csv", world.plan)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void thePositionsMatrixAndAPartysStatements() throws Exception {
		Csv matrix = csv("/positions?party={p}&format=csv", world.ukraine);
		assertThat(matrix.comment()).startsWith("source: http://localhost/positions?party=" + world.ukraine + "\n");
		assertThat(matrix.records()).isNotEmpty().allMatch(r -> r.get("party").equals(world.ukraine));
		assertThat(matrix.records()).anySatisfy(r -> {
			assertThat(r.get("current stance")).isEqualTo("accepts with conditions");
			assertThat(r.get("statements page")).startsWith("/positions/statements?party=" + world.ukraine);
		});

		Csv statements = csv("/positions/statements?party={p}&point={k}&format=csv", world.ukraine,
				world.plan + "@1#2");
		assertThat(statements.records()).extracting(r -> r.get("stance"))
			.containsExactlyInAnyOrder("rejects", "accepts with conditions");
		assertThat(statements.records()).extracting(r -> r.get("source grade")).contains("aggregator");
		assertThat(mvc.get().uri("/positions/statements?party={p}&point={k}&format=json", world.ukraine,
				world.plan + "@1#2"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.records.length()", v -> assertThat(v).isEqualTo(2))
			.hasPathSatisfying("$.source", v -> assertThat(v).asString().contains("party=" + world.ukraine));
	}

	@Test
	void theTimelineAndTheSources() throws Exception {
		Csv events = csv("/events?party={p}&format=csv", world.ukraine);
		assertThat(events.records()).anySatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("event");
			assertThat(r.get("title")).isEqualTo("Geneva consultations");
			assertThat(r.get("permalink")).isEqualTo("/events/" + world.geneva);
		});
		assertThat(mvc.get().uri("/sources?format=json")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.records[?(@.key == '" + world.aggregator + "')].grade",
					v -> assertThat(v).asArray().containsExactly("aggregator"));
	}

	@Test
	void eachListLinksItsExportsAndAnUnknownFormatIsABadRequest() {
		for (String page : List.of("/proposals/" + world.plan + "/versions/1", "/positions", "/events", "/sources",
				"/positions/statements?party=" + world.ukraine + "&topic=" + world.army)) {
			assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("format=csv").contains("format=json");
		}
		assertThat(mvc.get().uri("/sources?format=xml")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("can be &#39;csv&#39; or &#39;json&#39;");
	}

	@Test
	void aPrintedPageShowsItsAddressAndTheDateItWasRead() {
		assertThat(mvc.get().uri("/sources")).hasStatusOk()
			.bodyText()
			.contains("<p class=\"print-only\">Printed from http://localhost/sources, accessed " + LocalDate.now() + ".</p>");
	}

}
