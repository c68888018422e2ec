package org.parley.system.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** "Cite this" on the version, point, comparison and positions pages, and its downloads. */
class CiteTest extends ReadingPageTest {

	private final String today = LocalDate.now().toString();

	@Test
	void aVersionPageGivesAPlainCitationWithItsPermalinkAndTheAccessDate() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk()
			.bodyText()
			.contains("<h2 id=\"cite-heading\">Cite this</h2>")
			.contains("Version 1: Leaked draft. In: Test peace plan. Issued 2025-11-20. Parley. http://localhost/proposals/"
					+ world.plan + "/versions/1 (accessed " + today + ").")
			.contains("?format=bibtex", "?format=csl-json");
	}

	@Test
	void itsBibtexAndCslJsonCarryTheSameFacts() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1?format=bibtex", world.plan)).hasStatusOk()
			.hasContentTypeCompatibleWith("application/x-bibtex")
			.bodyText()
			.startsWith("@online{")
			.contains("  title = {Version 1: Leaked draft},\n", "  maintitle = {Test peace plan},\n",
					"  date = {2025-11-20},\n", "  url = {http://localhost/proposals/" + world.plan + "/versions/1},\n",
					"  urldate = {" + today + "},\n");
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2?format=csl-json", world.plan)).hasStatusOk()
			.hasContentTypeCompatibleWith("application/vnd.citationstyles.csl+json")
			.bodyJson()
			.hasPathSatisfying("$[0].type", v -> assertThat(v).isEqualTo("document"))
			.hasPathSatisfying("$[0].title", v -> assertThat(v).asString().startsWith("Point 2: "))
			.hasPathSatisfying("$[0].container-title",
					v -> assertThat(v).isEqualTo("Test peace plan, version 1: Leaked draft"))
			.hasPathSatisfying("$[0].publisher", v -> assertThat(v).isEqualTo("Parley"))
			.hasPathSatisfying("$[0].issued.date-parts[0]", v -> assertThat(v).asArray().containsExactly(2025, 11, 20))
			.hasPathSatisfying("$[0].accessed.date-parts[0][0]", v -> assertThat(v).isEqualTo(LocalDate.now().getYear()))
			.hasPathSatisfying("$[0].URL", v -> assertThat(v)
				.isEqualTo("http://localhost/proposals/" + world.plan + "/versions/1/points/2"));
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2?format=ris", world.plan))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void bibtexEscapesTexsSpecialCharacters() {
		assertThat(Citations.tex("Cap & 50% of #1_a {x} $ ~ ^ \\"))
			.isEqualTo("Cap \\& 50\\% of \\#1\\_a \\{x\\} \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
	}

	@Test
	void theComparisonAndThePositionsAreCitedAsParleysViews() {
		String compare = "/compare?versions=" + world.plan + "@1," + world.counter + "@1";
		assertThat(mvc.get().uri(compare)).hasStatusOk()
			.bodyText()
			.contains("Comparison of " + world.plan + "@1, " + world.counter + "@1. In: Parley. Parley. http://localhost"
					+ compare + " (accessed " + today + ").");
		assertThat(mvc.get().uri(compare + "&format=csl-json")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].type", v -> assertThat(v).isEqualTo("webpage"));
		assertThat(mvc.get().uri("/positions")).hasStatusOk()
			.bodyText()
			.contains("Positions of the parties. In: Parley. Parley. http://localhost/positions (accessed " + today + ").");
		for (String page : List.of("/positions?format=bibtex", compare + "&format=bibtex")) {
			assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("organization = {Parley}");
		}
	}

}
