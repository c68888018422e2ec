package org.parley.system.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.parley.support.ReadingPageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What search engines and browsers read in every page's head: a description of its own, and a favicon that exists. */
class PageHeadTest extends ReadingPageTest {

	private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\"\\s+content=\"([^\"]+)\">");

	@Test
	void everyReadingPageTypeDescribesItselfInItsOwnWords() throws Exception {
		String us = "/proposals/us-28-point-plan";
		Map<String, String> descriptions = new HashMap<>();
		for (String path : List.of("/", "/proposals", us, us + "/versions/1", us + "/versions/1/points/6",
				"/compare?versions=us-28-point-plan@1,e3-counter-proposal@1", "/positions", "/parties",
				"/parties/ukraine", "/topics", "/topics/nato", "/events", "/sources", "/search?q=NATO", "/login")) {
			String page = mvc.get().uri(path).exchange().getResponse().getContentAsString();
			Matcher description = DESCRIPTION.matcher(page);
			assertThat(description.find()).as("a meta description on %s", path).isTrue();
			String previous = descriptions.put(description.group(1), path);
			assertThat(previous).as("%s describes itself as %s does: %s", path, previous, description.group(1)).isNull();
		}
		assertThat(descriptions).containsKey(
				"The full text of one version of a peace proposal, point by point, with key figures and the parties' stances on each point."
					.replace("'", "&#39;"));
	}

	@Test
	void theFaviconIsThereForVisitorsAndLinkedFromEveryPage() throws Exception {
		assertThat(mvc.get().uri("/favicon.ico").exchange()).hasStatusOk().hasContentType("image/x-icon");
		assertThat(mvc.get().uri("/favicon.svg").exchange()).hasStatusOk().hasContentType("image/svg+xml");
		assertThat(mvc.get().uri("/no-such-page").exchange().getResponse().getContentAsString())
			.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
	}

}
