package org.parley.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

class OverviewPageTest extends ReadingPageTest {

	@Test
	void showsTheLatestProposalsWithTheirLatestVersionsAndLinksToAll() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<title>Parley · Peace proposals, point by point</title>")
			.contains("Latest proposals")
			.contains("href=\"/proposals/ukraine-easter-ceasefire-2026/versions/2\"")
			.contains("href=\"/proposals/ukraine-20-point-plan/versions/1\"")
			// older plans are one click away, not on the front page
			.doesNotContain("href=\"/proposals/us-28-point-plan/versions/2\"")
			.contains("href=\"/proposals\">All proposals</a>");
	}

	@Test
	void putsTheArmyCapsOfTheLatestPlansThatSetFiguresSideBySide() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Key figures across plans")
			.containsSubsequence("<table class=\"figure-table\">", "Ceiling on Ukraine", "<strong>800,000</strong>",
					"peacetime", "</table>")
			.contains("href=\"/proposals/ukraine-20-point-plan/versions/1/points/");
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
