package org.parley.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

/** Every reading page has its own title and breadcrumbs, and no message key is missing. */
class ReadingPagesFrameTest extends ReadingPageTest {

	@Test
	void everyPageHasATitleBreadcrumbsAndAllItsTexts() {
		List<String> pages = List.of("/", "/proposals", "/proposals/" + world.plan,
				"/proposals/" + world.plan + "/versions/1", "/proposals/" + world.plan + "/versions/1/points/2",
				"/parties", "/parties/" + world.e3, "/topics", "/topics/" + world.nato, "/events",
				"/events/" + world.geneva, "/sources", "/sources/" + world.official,
				"/proposals/us-28-point-plan/versions/1", "/proposals/us-28-point-plan/versions/2/points/6");
		for (String page : pages) {
			assertThat(mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.bodyText()
				.containsPattern("<title>[^<]+ · [^<]+</title>")
				.contains("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\">", "aria-current=\"page\"")
				.doesNotContain("??");
		}
	}

}
