package org.parley.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

class OverviewPageTest extends ReadingPageTest {

	@Test
	void showsTheProposalsWithTheirLatestVersions() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<title>Parley · Peace proposals, point by point</title>")
			.contains("href=\"/proposals/us-28-point-plan\"", "href=\"/proposals/us-28-point-plan/versions/2\"")
			.contains("href=\"/proposals/e3-counter-proposal/versions/1\"")
			.contains("href=\"/proposals/ukraine-20-point-plan/versions/1\"");
	}

	@Test
	void putsTheArmyCapsOfThePlansSideBySide() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Key figures across plans")
			.containsSubsequence("<table class=\"figure-table\">", "Ceiling on Ukraine", "<strong>600,000</strong>",
					"<strong>800,000</strong>", "peacetime", "</table>")
			.contains("href=\"/proposals/us-28-point-plan/versions/1/points/6\"");
	}

	@Test
	void showsTheLatestPositionsAndEventsWithStanceInWords() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Latest positions", "Latest events")
			.containsPattern("class=\"stance stance-[A-Z_]+\">(supports|accepts with conditions|undecided|opposes|rejects \\(red line\\))<")
			.contains("href=\"/events/")
			.contains("href=\"/events\"");
	}

}
