package org.parley.proposal.web;

import org.junit.jupiter.api.Test;

import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts as of a date: the latest version, the one in force on a day, and what became of a point later. */
class TextsAsOfTest extends ReadingPageTest {

	@Test
	void latestLeadsToTheLastPublishedVersionNeverTheDraft() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/latest", world.plan)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/proposals/" + world.plan + "/versions/2");
	}

	@Test
	void latestAsOfADayLeadsToTheVersionIssuedByThen() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/latest?asOf=2025-11-22", world.plan))
			.hasRedirectedUrl("/proposals/" + world.plan + "/versions/1");
		assertThat(mvc.get().uri("/proposals/{p}/versions/latest?asOf=2025-11-23", world.plan))
			.hasRedirectedUrl("/proposals/" + world.plan + "/versions/2");
	}

	@Test
	void beforeTheFirstVersionThereIsNoneAndThePageSaysSo() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/latest?asOf=2025-01-01", world.plan))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("had no published version issued on or before 2025-01-01");
		assertThat(mvc.get().uri("/proposals/{p}/versions/latest?asOf=yesterday", world.plan))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/proposals/no-such-plan/versions/latest")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theComparisonResolvesLatestAsOfItsDateAndSaysWhichVersionItChose() {
		assertThat(mvc.get()
			.uri("/compare?versions={p}@latest,{c}@latest&asOf=2025-11-24", world.plan, world.counter))
			.hasStatusOk()
			.bodyText()
			.contains(world.plan + "@latest is " + world.plan + "@2, the version in force on 2025-11-24")
			.contains(world.counter + "@latest is " + world.counter + "@1, the version in force on 2025-11-24")
			.contains("Geneva revision");
		assertThat(mvc.get().uri("/compare?versions={p}@latest,{c}@1&asOf=2025-11-01", world.plan, world.counter))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/compare?versions={p}@newest,{c}@1", world.plan, world.counter))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void latestMeansTheLatestPublishedVersionOnEveryPageThatTakesAVersion() {
		// pages without a date: the latest published version (never the draft @3)
		assertThat(mvc.get().uri("/diff?from={p}@1&to={p}@latest", world.plan, world.plan)).hasStatusOk()
			.bodyText()
			.contains("Differences between " + world.plan + "@1 and " + world.plan + "@2");
		// pages with asOf: the version in force on that day
		assertThat(mvc.get().uri("/positions?version={p}@latest&asOf=2025-11-22", world.plan)).hasStatusOk()
			.bodyText()
			.contains("current stance on the points of " + world.plan + "@1.");
		assertThat(mvc.get().uri("/positions?version={p}@latest", world.plan)).hasStatusOk()
			.bodyText()
			.contains("current stance on the points of " + world.plan + "@2.");
		assertThat(mvc.get().uri("/positions/statements?party={r}&version={p}@latest&asOf=2025-11-22", world.russia,
				world.plan))
			.hasStatusOk()
			.bodyText()
			.contains("Russia has not seen the text officially.");
		// and their exports
		assertThat(mvc.get().uri("/positions?version={p}@latest&asOf=2025-11-22&format=csv", world.plan))
			.hasStatusOk();
		assertThat(mvc.get()
			.uri("/positions/statements?party={r}&version={p}@latest&asOf=2025-11-22&format=json", world.russia,
					world.plan))
			.hasStatusOk()
			.bodyText()
			.contains("Russia has not seen the text officially.");
		// no version in force then: a 404 that says so, not "there is no version 0"
		assertThat(mvc.get().uri("/positions?version={p}@latest&asOf=2025-01-01", world.plan))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("had no published version issued on or before 2025-01-01")
			.doesNotContain("version 0");
	}

	@Test
	void latestMeansTheLatestPublishedVersionInTheApiToo() {
		assertThat(mvc.get().uri("/api/v1/diff?from={p}@1&to={p}@latest", world.plan, world.plan)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.to.key")
			.isEqualTo(world.plan + "@2");
		assertThat(mvc.get().uri("/api/v1/compare?versions={p}@latest,{c}@latest&asOf=2025-11-24", world.plan,
				world.counter))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.columns[0].key").isEqualTo(world.plan + "@2");
				assertThat(json).extractingPath("$.columns[1].key").isEqualTo(world.counter + "@1");
			});
		assertThat(mvc.get().uri("/api/v1/positions?target={p}@latest&asOf=2025-11-22", world.plan)).hasStatusOk()
			.bodyText()
			.contains("Russia has not seen the text officially.");
		assertThat(mvc.get().uri("/api/v1/compare?versions={p}@latest,{c}@1&asOf=2025-11-01", world.plan,
				world.counter))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("had no published version issued on or before 2025-11-01");
		assertThat(mvc.get().uri("/api/v1/positions?target={p}@newest", world.plan))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("or proposal@latest");
	}

	@Test
	void aPointSaysWhatLaterVersionsMadeOfIt() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("In later versions of this proposal")
			.contains("<strong>revised</strong>")
			.contains("href=\"/proposals/" + world.plan + "/versions/2/points/2\">now point 2</a>")
			.contains("/diff?from=" + world.plan + "@1&amp;to=" + world.plan + "@2");
		assertThat(mvc.get().uri("/proposals/{p}/versions/2/points/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("No later version of this proposal is published.");
	}

}
