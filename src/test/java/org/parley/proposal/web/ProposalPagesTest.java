package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class ProposalPagesTest extends ReadingPageTest {

	@Test
	void theListShowsEveryProposalWithItsLatestPublishedVersion() {
		// the list comes in pages (ProposalListPagesTest); read them all
		assertThat(everyPage("/proposals"))
			.contains("<title>Proposals · Parley</title>")
			.contains("href=\"/proposals/us-28-point-plan\"", "href=\"/proposals/ukraine-20-point-plan\"")
			.contains("href=\"/proposals/" + world.plan + "/versions/2\"")
			.contains("Version 2: Geneva revision")
			.doesNotContain("Unfinished draft");
	}

	@Test
	void aProposalShowsItsPublishedVersionsAsATimelineLatestFirst() {
		assertThat(mvc.get().uri("/proposals/{p}", world.plan)).hasStatusOk()
			.bodyText()
			.contains("<h1>Test peace plan</h1>")
			.contains("href=\"/parties/" + world.us + "\"")
			.containsSubsequence("Version 2: Geneva revision", "2025-11-23", "Version 1: Leaked draft", "2025-11-20",
					"leaked text", "complete")
			.contains("href=\"/sources/" + world.official + "\"")
			.doesNotContain("Unfinished draft");
	}

	@Test
	void aVersionBasedOnAnotherProposalSaysSo() {
		assertThat(mvc.get().uri("/proposals/{p}", world.counter)).hasStatusOk()
			.bodyText()
			.contains("Based on")
			.contains("Test peace plan v1");
	}

	@Test
	void anUnknownProposalIsNotFound() {
		assertThat(mvc.get().uri("/proposals/no-such-plan")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no proposal &#39;no-such-plan&#39;.");
	}

}
