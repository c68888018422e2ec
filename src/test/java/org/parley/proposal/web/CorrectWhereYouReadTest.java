package org.parley.proposal.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Editors find "Correct" and "History" on every position, source, event and version where a
 * reading page shows it, and each leads to a working page; visitors never see them, not even
 * from a copy cached after an editor's visit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class CorrectWhereYouReadTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	/** The links of one "Correct · History" pair: the correction form and the history. */
	static final Pattern PAIR = Pattern.compile(
			"class=\"editor-controls correct-links no-print\"><a href=\"([^\"]+)\"[^>]*>[^<]+</a>\\s*· <a href=\"([^\"]+)\"");

	record Expected(String page, List<String> kinds) {
	}

	static final List<Expected> PAGES = List.of(
			new Expected("/proposals/us-28-point-plan/versions/1/points/6", List.of("/positions/", "/sources/")),
			new Expected("/proposals/us-28-point-plan/versions/1", List.of("/versions/new?from=1", "/positions/", "/sources/")),
			new Expected("/proposals/us-28-point-plan", List.of("/versions/new?from=1")),
			new Expected("/parties/russia", List.of("/positions/", "/sources/")),
			new Expected("/topics/nato", List.of("/positions/", "/sources/")),
			new Expected("/positions/statements?party=russia&version=us-28-point-plan@1", List.of("/positions/")),
			new Expected("/sources/rbcua-28pts", List.of("/sources/rbcua-28pts/edit")),
			new Expected("/sources", List.of("/sources/")),
			new Expected("/events/2025-11-19-axios-reveals-28-point-plan",
					List.of("/events/2025-11-19-axios-reveals-28-point-plan/edit", "/positions/")),
			new Expected("/events", List.of("/events/", "/versions/new?from=")));

	@Autowired
	MockMvc mvc;

	@Test
	void anEditorSeesCorrectAndHistoryOnEveryPageKindAndTheyLeadToWorkingPages() throws Exception {
		Set<String> followed = new LinkedHashSet<>();
		for (Expected expected : PAGES) {
			String page = body(mvc.perform(get(expected.page()).with(EDITOR)).andReturn());
			Matcher pair = PAIR.matcher(page);
			List<String[]> pairs = new java.util.ArrayList<>();
			while (pair.find()) {
				pairs.add(new String[] { HtmlUtils.htmlUnescape(pair.group(1)), HtmlUtils.htmlUnescape(pair.group(2)) });
			}
			for (String kind : expected.kinds()) {
				String[] first = pairs.stream().filter(p -> p[0].contains(kind)).findFirst().orElse(null);
				assertThat(first).as("%s shows Correct for %s", expected.page(), kind).isNotNull();
				assertThat(first[1]).as("%s: history beside %s", expected.page(), first[0]).endsWith("/history");
				followed.add(first[0]);
				followed.add(first[1]);
			}
		}
		for (String link : followed) {
			MvcResult result = mvc.perform(get(link).with(EDITOR)).andReturn();
			assertThat(result.getResponse().getStatus()).as(link).isEqualTo(200);
		}
	}

	@Test
	void visitorsNeverSeeThemNorGetAnEditorsCachedCopy() throws Exception {
		String compare = "/compare?versions=us-28-point-plan@1,e3-counter-proposal@1";
		// an editor first: the rendered compare content is cached, but apart from visitors'
		assertThat(body(mvc.perform(get(compare).with(EDITOR)).andReturn())).contains("correct-links");
		assertThat(body(mvc.perform(get(compare)).andReturn())).doesNotContain("correct-links", "/edit\"");
		// and the other way round: a visitor's copy does not reach the editor without links
		String positions = "/positions/statements?party=ukraine&version=us-28-point-plan@1";
		assertThat(body(mvc.perform(get(positions)).andReturn())).doesNotContain("correct-links");
		assertThat(body(mvc.perform(get(positions).with(EDITOR)).andReturn())).contains("correct-links");
		for (Expected expected : PAGES) {
			String page = body(mvc.perform(get(expected.page())).andReturn());
			assertThat(page).as(expected.page()).doesNotContain("correct-links", "/history\"", "/edit\"", ">Correct<");
		}
	}

	private static String body(MvcResult result) throws Exception {
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the page's main part, worked out only when the status is wrong (a big page takes long)
		assertThat(result.getResponse().getStatus())
			.as(() -> result.getRequest().getRequestURI() + ": "
					+ body.substring(Math.max(0, body.indexOf("<main")), Math.max(body.indexOf("<main"), body.indexOf("</main>"))))
			.isEqualTo(200);
		return body;
	}

}
