package org.parley.draft;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.proposal.LinkKind;
import org.parley.support.DraftParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Links across proposals from the draft editor: a point picker finds published points by
 * proposal, version, label and words; a link is chosen without JavaScript, saved with the draft
 * by the importer's rules, shown on the changes page, and after publishing lines the points up
 * in /compare.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class PointLinksTest {

	static final String BERLIN = "berlin-statement";

	static final String E3_7 = "e3-counter-proposal@1#7";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	private static final Pattern MATCH = Pattern.compile("class=\"pick-match\" data-value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftReading reading;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewPointLinkedToAnotherProposalsPointLinesUpWithItInCompareOncePublished() throws Exception {
		int draft = newVersion(BERLIN, 1);
		String edit = "/proposals/" + BERLIN + "/versions/" + draft + "/edit";

		// the point picker finds published points by proposal, label and words, never a draft's
		List<String> found = matches(get("/pick/points").param("field", "points[5].linkTo").param("q", "e3 7 nato"));
		assertThat(found).contains(E3_7).allMatch(key -> key.startsWith("e3-counter-proposal@1#"));
		assertThat(matches(get("/pick/points").param("field", "points[5].linkTo").param("q", "berlin")))
			.isNotEmpty().allMatch(key -> key.startsWith(BERLIN + "@1#"));

		// without JavaScript: a new row, then "Add" in its point picker shows the link with its kind, saving nothing
		DraftForm form = reading.form(BERLIN, draft);
		int row = form.getPoints().size();
		PointRow added = PointRow.blank(row + 1, form.getSources());
		added.setLabel("6");
		added.setTitle("Membership left to the allies");
		added.setText("Whether Ukraine joins NATO is for the allies to decide by consensus.");
		form.getPoints().add(added);
		String shown = page(post(edit).params(DraftParams.of(form)).param("points[" + row + "].linkKind", "ANSWERS")
			.param("pick-add:points[" + row + "].linkTo", E3_7).param("pick-action", "add:points[" + row + "].linkTo"));
		assertThat(shown).contains("name=\"points[" + row + "].links[0].to\" value=\"" + E3_7 + "\"")
			.containsPattern("<option value=\"ANSWERS\" selected=\"selected\">answers</option>")
			.contains("value=\"Membership left to the allies\"").doesNotContain("field-error");
		assertThat(reading.form(BERLIN, draft).getPoints()).hasSize(row);

		// a link to a draft's point, or to the same point twice, is refused next to it, as the importer refuses it
		added.setLinks(List.of(new LinkRow(BERLIN + "@" + draft + "#1", LinkKind.ANSWERS),
				new LinkRow(E3_7, LinkKind.ANSWERS), new LinkRow(E3_7, LinkKind.REVISED)));
		String refused = page(post(edit).params(DraftParams.of(form)));
		assertThat(refused).contains(BERLIN + "@" + draft + "#1 is not a published point")
			.contains("This point is already linked to " + E3_7);
		assertThat(reading.form(BERLIN, draft).getPoints()).hasSize(row);

		// saved with the draft
		added.setLinks(List.of(new LinkRow(E3_7, LinkKind.ANSWERS)));
		var saved = mvc.perform(post(edit).params(DraftParams.of(form)).param("publish", "1").with(EDITOR).with(csrf()))
			.andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).endsWith("/versions/" + draft + "/publish");
		DraftForm again = reading.form(BERLIN, draft);
		assertThat(again.getPoints().get(row).getLinks()).singleElement()
			.satisfies(link -> assertThat(link.getTo()).isEqualTo(E3_7))
			.satisfies(link -> assertThat(link.getKind()).isEqualTo(LinkKind.ANSWERS));
		// the carried-over points keep their links to their base points
		assertThat(again.getPoints().get(0).getLinks()).extracting(LinkRow::getTo).containsExactly(BERLIN + "@1#1");

		// the confirmation and the changes page say what it is aligned with
		String confirm = page(get("/proposals/{p}/versions/{n}/publish", BERLIN, draft));
		assertThat(confirm).contains("Point 6: aligned with " + E3_7 + " (answers)");
		long lockVersion = reading.lockVersion(BERLIN, draft);
		mvc.perform(post("/proposals/{p}/versions/{n}/publish", BERLIN, draft).param("lockVersion",
				String.valueOf(lockVersion)).with(EDITOR).with(csrf()));
		assertThat(page(get("/proposals/{p}/versions/{n}/changes", BERLIN, draft)))
			.contains("Point 6: aligned with " + E3_7 + " (answers)");

		// a visitor's /compare puts the new point and the one it answers in one row
		var compare = mvc.perform(get("/compare").param("versions", BERLIN + "@" + draft + ",e3-counter-proposal@1"))
			.andReturn().getResponse();
		compare.setCharacterEncoding("UTF-8");
		assertThat(compare.getStatus()).isEqualTo(200);
		Matcher rows = Pattern.compile("<tr class=\"[^\"]*\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(compare.getContentAsString());
		boolean together = false;
		while (rows.find()) {
			String line = rows.group(1);
			together |= line.contains("/proposals/" + BERLIN + "/versions/" + draft + "/points/6")
					&& line.contains("/proposals/e3-counter-proposal/versions/1/points/7");
		}
		assertThat(together).as("berlin-statement@%d#6 and %s in one row", draft, E3_7).isTrue();
	}

	private int newVersion(String proposal, int from) throws Exception {
		String path = mvc.perform(post("/proposals/{p}/versions/new", proposal).param("from", String.valueOf(from))
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		return Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(EDITOR).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	private List<String> matches(MockHttpServletRequestBuilder request) throws Exception {
		Matcher match = MATCH.matcher(page(request));
		List<String> found = new java.util.ArrayList<>();
		while (match.find()) {
			found.add(match.group(1));
		}
		return found;
	}

}
