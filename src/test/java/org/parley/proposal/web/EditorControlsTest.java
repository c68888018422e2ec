package org.parley.proposal.web;

import org.junit.jupiter.api.Test;

import org.parley.support.ReadingPageTest;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading pages offer editors their next step; anonymous readers see no editing controls. */
class EditorControlsTest extends ReadingPageTest {

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCanStartANewVersionOrACounterProposalFromAVersionPage() throws Exception {
		assertThat(page("/proposals/e3-counter-proposal/versions/1"))
			.contains("href=\"/proposals/e3-counter-proposal/versions/new?from=1\"")
			.contains("href=\"/proposals/new?counterTo=e3-counter-proposal@1\"")
			.contains("href=\"/proposals/e3-counter-proposal/versions/1/history\"")
			.contains("action=\"/logout\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCanRecordAPositionOnAPointAndEditSourcesAndEvents() throws Exception {
		assertThat(page("/proposals/us-28-point-plan/versions/1/points/6"))
			.contains("href=\"/positions/new?point=us-28-point-plan@1%236\"");
		assertThat(page("/sources/rbcua-28pts")).contains("href=\"/sources/rbcua-28pts/edit\"");
		assertThat(page("/events")).contains("href=\"/events/new\"");
	}

	@Test
	void anonymousReadersSeeNoEditingControls() throws Exception {
		String version = page("/proposals/e3-counter-proposal/versions/1");
		assertThat(version).doesNotContain("/versions/new", "counterTo", "/history", "editor-controls")
			.contains("href=\"/login\"");
		assertThat(page("/proposals/us-28-point-plan/versions/1/points/6")).doesNotContain("/positions/new");
		assertThat(page("/sources/rbcua-28pts")).doesNotContain("/edit");
	}

	private String page(String url) throws Exception {
		var result = mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
