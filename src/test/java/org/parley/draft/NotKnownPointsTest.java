package org.parley.draft;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.proposal.Completeness;
import org.parley.support.DraftParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * In a draft of a partly known version, leaving a base point out means "not known"; removing it
 * records the removal. The changes page says which.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class NotKnownPointsTest {

	static final String US = "us-28-point-plan";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftReading drafts;

	@Test
	void aPartlyKnownDraftMarksOnePointNotKnownAndRecordsTheRemovalOfAnother() throws Exception {
		// a new version of the Geneva revision, which is known only in part
		String draft = newDraftFrom(2);
		int number = number(draft);
		String editor = mvc.perform(get(draft).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(editor).contains("name=\"points[0].notKnown\"").contains("Not known in this version");

		DraftForm form = drafts.form(US, number);
		assertThat(form.getCompleteness()).isEqualTo(Completeness.PARTIAL);
		row(form, "6").setNotKnown(true);
		row(form, "26").setRemove(true);
		MvcResult saved = mvc.perform(post(draft).params(DraftParams.of(form)).with(EDITOR).with(csrf())).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(draft);

		String changes = mvc.perform(get("/proposals/{p}/versions/{n}/changes", US, number).with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(changes).contains("<li>not known: 1</li>", "<li>removed: 1</li>", "<li>added: 0</li>")
			.containsPattern("change-NOT_KNOWN[^>]*>\\s*<h2>\\s*<span class=\"point-label\">6</span>")
			.containsPattern("change-REMOVED[^>]*>\\s*<h2>\\s*<span class=\"point-label\">26</span>");

		// published, the diff and the comparison say the same: 26 has no counterpart, 6 is not known
		mvc.perform(post("/proposals/{p}/versions/{n}/publish", US, number)
			.param("lockVersion", String.valueOf(drafts.form(US, number).getLockVersion())).with(EDITOR).with(csrf()));
		String diff = mvc.perform(get("/diff").param("from", US + "@2").param("to", US + "@" + number))
			.andReturn().getResponse().getContentAsString();
		assertThat(diff).containsPattern("id=\"count-REMOVED\">\\s*<strong>1</strong>")
			.containsPattern("id=\"count-NOT_KNOWN\">\\s*<strong>1</strong>");
		String compare = mvc.perform(get("/compare").param("versions", US + "@2," + US + "@" + number))
			.andReturn().getResponse().getContentAsString();
		assertThat(compare).containsPattern("points/26\"[^€]*?</td>\\s*<td class=\"cell-ABSENT\">")
			.containsPattern("points/6\"[^€]*?</td>\\s*<td class=\"cell-NOT_KNOWN\">");
	}

	@Test
	void aCompleteDraftHasNoPointItDoesNotKnow() throws Exception {
		String draft = newDraftFrom(1);
		int number = number(draft);
		String editor = mvc.perform(get(draft).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(editor).doesNotContain("notKnown");

		DraftForm form = drafts.form(US, number);
		form.getPoints().get(2).setNotKnown(true);
		String page = mvc.perform(post(draft).params(DraftParams.of(form)).with(EDITOR).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A complete version knows every point");
		assertThat(drafts.form(US, number).getPoints()).hasSameSizeAs(form.getPoints());
	}

	private String newDraftFrom(int version) throws Exception {
		return mvc.perform(post("/proposals/{p}/versions/new", US).param("from", String.valueOf(version))
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private static int number(String draftPath) {
		return Integer.parseInt(draftPath.replaceAll(".*/versions/(\\d+)/edit", "$1"));
	}

	private static PointRow row(DraftForm form, String label) {
		return form.getPoints().stream().filter(r -> label.equals(r.getLabel())).findFirst().orElseThrow();
	}

}
