package org.parley.compare.web;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.compare.AnalystViewsTest;
import org.parley.proposal.Completeness;
import org.parley.proposal.Proposal;
import org.parley.proposal.Provenance;
import org.parley.proposal.Version;
import org.parley.source.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV opened in a spreadsheet must show an editor's text, never run it as a formula. */
@AnalystViewsTest
class ComparisonCsvTest {

	static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil.example\")", "+1+2", "-3+4", "@SUM(A1)",
			"\tcmd", "\rcmd");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager em;

	@BeforeEach
	void twoVersionsWhosePointsStartWithFormulaCharacters() {
		tx.executeWithoutResult(status -> {
			if (!em.createQuery("select p from Proposal p where p.slug = 'csv-a'").getResultList().isEmpty()) {
				return;
			}
			for (String slug : List.of("csv-a", "csv-b")) {
				Proposal proposal = new Proposal(slug, "CSV " + slug, null);
				em.persist(proposal);
				Version version = new Version(proposal, 1, "Formulas", LocalDate.of(2025, 11, 20), DatePrecision.EXACT,
						Provenance.LEAKED, Completeness.COMPLETE, null);
				for (int i = 0; i < DANGEROUS.size(); i++) {
					version.addPoint(String.valueOf(i + 1), DANGEROUS.get(i) + " title", DANGEROUS.get(i) + " text");
				}
				em.persist(version);
				em.flush();
				version.publish(Instant.parse("2025-12-01T00:00:00Z"));
			}
		});
	}

	@Test
	void prefixesEveryCellThatASpreadsheetWouldEvaluate() throws IOException {
		var result = mvc.get().uri("/compare?versions=csv-a@1,csv-b@1&format=csv").exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString();

		List<String> cells = CSVFormat.DEFAULT.parse(new StringReader(body))
			.stream()
			.flatMap(CSVRecord::stream)
			.toList();
		for (String dangerous : DANGEROUS) {
			assertThat(cells).contains("'" + dangerous + " title", "'" + dangerous + " text")
				.doesNotContain(dangerous + " title", dangerous + " text");
		}
		assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=")
			.doesNotStartWith("+")
			.doesNotStartWith("-")
			.doesNotStartWith("@")
			.doesNotStartWith("\t")
			.doesNotStartWith("\r"));
	}

}
