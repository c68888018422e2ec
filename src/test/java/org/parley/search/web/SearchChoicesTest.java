package org.parley.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;
import org.parley.search.SearchResults.Choices;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;

import org.springframework.http.HttpStatus;

/**
 * The search form's proposal and version fields do not grow with the data: past
 * {@value Choices#LISTED} published versions they become typed fields suggesting the latest,
 * and any published proposal or version can still be typed in.
 */
class SearchChoicesTest extends ReadingPageTest {

	@Test
	void pastFiftyVersionsTheFormSuggestsTheLatestAndTakesAnyOtherTypedIn() throws Exception {
		Statements statements = new Statements(emf);
		newRevision();
		long before = statements.countWhile(() -> assertThat(mvc.get().uri("/search?q=ceasefire")).hasStatusOk());

		ReadingData data = new ReadingData(em, tx);
		String[] slug = new String[1];
		data.save(d -> {
			Source source = d.source("choices-source", "Choices Agency", Reliability.OFFICIAL, LocalDate.of(2026, 7, 1));
			Proposal proposal = d.proposal("many-versions", "Many versions plan",
					d.party("choices-party", "Choices party", PartyKind.STATE));
			for (int n = 1; n <= Choices.LISTED + 10; n++) {
				d.version(proposal, n, "Revision " + n, LocalDate.of(2026, 7, 1).plusDays(n), true, 1, source);
			}
			slug[0] = proposal.getSlug();
		});

		newRevision();
		long after = statements.countWhile(() -> assertThat(mvc.get().uri("/search?q=ceasefire")).hasStatusOk()
			.bodyText()
			.contains("<input id=\"search-proposal\" name=\"proposal\" list=\"search-proposals\"")
			.contains("<input id=\"search-version\" name=\"version\" list=\"search-versions\"")
			.contains("value=\"" + slug[0] + "@" + (Choices.LISTED + 10) + "\"")
			.doesNotContain("value=\"" + slug[0] + "@10\"")
			.doesNotContain("<select id=\"search-proposal\""));
		assertThat(after).isEqualTo(before);
		String page = mvc.get().uri("/search?q=ceasefire").exchange().getResponse().getContentAsString();
		String versions = page.substring(page.indexOf("<datalist id=\"search-versions\">"),
				page.indexOf("</datalist>", page.indexOf("<datalist id=\"search-versions\">")));
		assertThat(count(versions, "<option")).isEqualTo(Choices.LISTED);

		// what is no longer suggested can still be typed in, and is kept in the field
		assertThat(mvc.get().uri("/search?q=ceasefire&proposal={p}", world.plan)).hasStatusOk()
			.bodyText()
			.contains("value=\"" + world.plan + "\"");
		assertThat(mvc.get().uri("/search?q=revision&version={v}", slug[0] + "@10")).hasStatusOk()
			.bodyText()
			.contains("value=\"" + slug[0] + "@10\"");
		assertThat(mvc.get().uri("/search?q=x&proposal=no-such-proposal")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/search?q=x&version={v}", slug[0] + "@999")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private static int count(String html, String text) {
		Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
		int found = 0;
		while (m.find()) {
			found++;
		}
		return found;
	}

}
