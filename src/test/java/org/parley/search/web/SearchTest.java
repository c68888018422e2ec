package org.parley.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;
import org.parley.topic.Topic;

/**
 * Search over HTTP, as a reader (anonymous) uses it: the words it finds in published points,
 * positions, events and sources, in Latin and Cyrillic, with or without accents; the
 * websearch syntax; the filters; paging; CSV and JSON; drafts never showing; hostile input
 * answered with results or a 400; and a fixed number of statements.
 */
class SearchTest extends ReadingPageTest {

	String plan;

	String party;

	String topic;

	String draftPlan;

	@BeforeAll
	void searchWorld() {
		world.data.save(d -> {
			Party kyiv = d.party("searchers", "Searchland", PartyKind.STATE);
			Topic river = d.topic("rivers", "Rivers");
			Source official = d.source("search-official", "Gazette", Reliability.OFFICIAL, LocalDate.of(2025, 3, 1));
			Source mirror = d.source("search-mirror", "Mirror", Reliability.AGGREGATOR, LocalDate.of(2025, 3, 2));
			Proposal proposal = d.proposal("search-plan", "Zorbulon accord", kyiv);
			Version v1 = d.version(proposal, 1, "First text", LocalDate.of(2025, 3, 10), true, 0, official);
			Point line = v1.addPoint("1", "Line of contact", "The zorbulon line runs along the river.");
			line.getTopics().add(river);
			line.getSources().add(official);
			v1.addPoint("2", "Harbour", "A zorbulon harbour opens at once: fees & tolls < 5% <b onclick=x>apply</b>.").getSources().add(mirror);
			v1.addPoint("3", "Перемирие", "Жабоквакия объявляет перемирие немедленно.");
			v1.addPoint("4", "Dnipro", "Troops leave Zaporižžja within a month.");
			for (int i = 1; i <= 25; i++) {
				v1.addPoint("p" + i, "Paged " + i, "Every quibblefrost point " + i + " is here.");
			}
			d.persist(v1);
			Version later = d.version(proposal, 2, "Second text", LocalDate.of(2025, 6, 10), true, 0, official);
			later.addPoint("1", "Line kept", "The zorbulon line stays.");
			d.persist(later);
			Version draft = d.version(proposal, 3, "Secret draft", LocalDate.of(2025, 7, 1), false, 0, official);
			Point secret = draft.addPoint("1", "Hidden", "The zorbulon secretword clause.");
			d.persist(draft);
			d.persist(new Position(kyiv, null, Stance.OPPOSES, LocalDate.of(2025, 3, 12),
					"Searchland rejects the zorbulon line.", "never the zorbulon", mirror).about(line));
			d.persist(d.position(kyiv, null, Stance.SUPPORTS, LocalDate.of(2025, 7, 2), official,
					"Searchland likes the secretword clause.").about(secret));
			plan = proposal.getSlug();
			party = kyiv.getSlug();
			topic = river.getSlug();
		});
	}

	MvcTestResult get(String uri, Object... vars) {
		return mvc.get().uri(uri, vars).exchange();
	}

	String html(String uri, Object... vars) {
		MvcTestResult result = get(uri, vars);
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String point(int version, String label) {
		return "/proposals/" + plan + "/versions/" + version + "/points/" + label;
	}

	@Test
	void findsPublishedPointsByAWordInTheirTextWithTheMatchMarkedAndLinksToTheirPermalinks() {
		String page = html("/search?q=zorbulon");
		assertThat(page).contains("href=\"" + point(1, "1") + "\"", "href=\"" + point(2, "1") + "\"",
				"href=\"" + point(1, "2") + "\"");
		assertThat(page).contains("The <mark>zorbulon</mark> line runs along the river.");
		// the position on point 1 links to that point's page, at the position
		assertThat(page).contains(point(1, "1") + "#position-");
		// the proposal's name matches nothing: only points, positions, events and sources are searched
		assertThat(page).contains("id=\"search-count\"");
	}

	@Test
	void storedTextIsEscapedInSnippets() {
		String page = html("/search?q=harbour");
		assertThat(page).contains("<mark>harbour</mark>", "fees &amp; tolls &lt; 5%").doesNotContain("<b onclick");
	}

	@Test
	void findsCyrillicWordsWhateverTheirCase() {
		assertThat(html("/search?q={q}", "Жабоквакия")).contains("href=\"" + point(1, "3") + "\"");
		assertThat(html("/search?q={q}", "перемирие")).contains("href=\"" + point(1, "3") + "\"");
	}

	@Test
	void accentsAndCapitalsDoNotMatter() {
		assertThat(html("/search?q=zaporizzja")).contains("href=\"" + point(1, "4") + "\"");
		assertThat(html("/search?q={q}", "ZAPORIŽŽJA")).contains("href=\"" + point(1, "4") + "\"");
	}

	@Test
	void readsTheWebSearchSyntax() {
		String without = html("/search?q={q}", "zorbulon -river");
		assertThat(without).contains("href=\"" + point(1, "2") + "\"").doesNotContain("href=\"" + point(1, "1") + "\"");
		String phrase = html("/search?q={q}", "\"zorbulon harbour\"");
		assertThat(phrase).contains("href=\"" + point(1, "2") + "\"").doesNotContain("href=\"" + point(1, "1") + "\"");
		String either = html("/search?q={q}", "Жабоквакия or zaporizzja");
		assertThat(either).contains("href=\"" + point(1, "3") + "\"", "href=\"" + point(1, "4") + "\"");
	}

	@Test
	void draftsNeverAppear() {
		assertThat(html("/search?q=secretword")).doesNotContain("/versions/3").contains("No result");
		assertThat(html("/search?q=zorbulon")).doesNotContain("/versions/3").doesNotContain("secretword");
		assertThat(html("/search.csv?q=secretword")).doesNotContain("secretword");
		assertThat(html("/api/v1/search?q=secretword")).contains("\"total\":0");
		// a draft cannot be named as a filter either, and is refused like a version that does not exist
		assertThat(get("/search?q=zorbulon&version={v}", plan + "@3")).hasStatus(400)
			.bodyText()
			.contains("There is no published version " + plan + "@3");
	}

	@Test
	void filtersNarrowTheResults() {
		assertThat(html("/search?q=zorbulon&kind=position")).contains("#position-")
			.doesNotContain("href=\"" + point(1, "2") + "\"");
		assertThat(html("/search?q=zorbulon&kind=point")).doesNotContain("#position-");
		assertThat(html("/search?q=zorbulon&version={v}", plan + "@2")).contains("href=\"" + point(2, "1") + "\"")
			.doesNotContain("href=\"" + point(1, "1") + "\"");
		assertThat(html("/search?q=zorbulon&topic={t}", topic)).contains("href=\"" + point(1, "1") + "\"")
			.doesNotContain("href=\"" + point(1, "2") + "\"");
		assertThat(html("/search?q=zorbulon&from=2025-06-01&to=2025-06-30")).contains("href=\"" + point(2, "1") + "\"")
			.doesNotContain("href=\"" + point(1, "1") + "\"");
		// positions by their source's grade, points by the grades they cite
		assertThat(html("/search?q=zorbulon&reliability=aggregator")).contains("href=\"" + point(1, "2") + "\"", "#position-")
			.doesNotContain("href=\"" + point(2, "1") + "\"");
		assertThat(html("/search?q=zorbulon&party={p}&kind=position", party)).contains("#position-");
		assertThat(html("/search?q=zorbulon&party={p}&kind=position", world.ukraine)).contains("No result");
	}

	@Test
	void invalidFiltersAnswer400WithAMessage() {
		assertThat(get("/search?q=x&kind=bogus")).hasStatus(400).bodyText().contains("can be point, position, event or source");
		assertThat(get("/search?q=x&party=nobody")).hasStatus(400).bodyText().contains("There is no party");
		assertThat(get("/search?q=x&from=2025-02-01&to=2025-01-01")).hasStatus(400).bodyText().contains("ends");
		assertThat(get("/search?q=x&from=yesterday")).hasStatus(400).bodyText().contains("YYYY-MM-DD");
		assertThat(get("/search?q=x&page=0")).hasStatus(400).bodyText().contains("&#39;page&#39; must be between 1 and");
		assertThat(get("/search?q=x&version=nonsense")).hasStatus(400).bodyText().contains("proposal@number");
		assertThat(get("/api/v1/search?q=x&kind=bogus")).hasStatus(400)
			.hasContentType("application/problem+json")
			.bodyText()
			.contains("can be point, position, event or source");
	}

	@Test
	void resultsArePaged() {
		String first = html("/search?q=quibblefrost");
		assertThat(first).contains("25 results", "Page 1 of 2", "page=2");
		assertThat(first.split("class=\"search-result ").length - 1).isEqualTo(20);
		String second = html("/search?q=quibblefrost&page=2");
		assertThat(second.split("class=\"search-result ").length - 1).isEqualTo(5);
		assertThat(second).contains("start=\"21\"");
		assertThat(html("/search?q=quibblefrost&page=9")).doesNotContain("class=\"search-result ");
	}

	@Test
	void aVersionFilterOfLatestMeansTheLatestPublishedVersion() {
		assertThat(html("/search?q=zorbulon&version={v}", plan + "@latest")).contains("href=\"" + point(2, "1") + "\"")
			.doesNotContain("href=\"" + point(1, "1") + "\"");
		assertThat(html("/api/v1/search?q=zorbulon&version={v}", plan + "@latest")).contains(point(2, "1"))
			.doesNotContain(point(1, "1") + "\"");
		assertThat(get("/search.csv?q=zorbulon&version={v}", plan + "@latest")).hasStatusOk();
	}

	@Test
	void theApiCountsPagesFrom0LikeEveryListOfTheApi() {
		assertThat(get("/api/v1/search?q=quibblefrost")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.page").isEqualTo(0);
			assertThat(json).extractingPath("$.results").asArray().hasSize(20);
			assertThat(json).extractingPath("$.next").isEqualTo("http://localhost/api/v1/search?q=quibblefrost&page=1");
		});
		assertThat(get("/api/v1/search?q=quibblefrost&page=1")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.page").isEqualTo(1);
			assertThat(json).extractingPath("$.results").asArray().hasSize(5);
			assertThat(json).extractingPath("$.next").isNull();
		});
		assertThat(get("/api/v1/search?q=quibblefrost&page=-1")).hasStatus(400)
			.hasContentType("application/problem+json")
			.bodyText()
			.contains("must be between 0 and");
		// the HTML page's second page offers the API's second page, page=1
		assertThat(html("/search?q=quibblefrost&page=2")).contains("href=\"/api/v1/search?q=quibblefrost&amp;page=1\"");
		assertThat(html("/search?q=quibblefrost")).contains("href=\"/api/v1/search?q=quibblefrost\"");
	}

	@Test
	void csvHasAHeaderRowAndSaysWhereAndWhenItWasTaken() throws Exception {
		MvcTestResult result = get("/search.csv?q=zorbulon&kind=point");
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(rows).hasSize(3);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("point");
			assertThat(r.get("permalink")).startsWith("http://localhost/proposals/" + plan + "/versions/");
			assertThat(r.get("source URL")).isEqualTo("http://localhost/search.csv?q=zorbulon&kind=point");
			assertThat(LocalDate.parse(r.get("retrieved on"))).isNotNull();
		});
		assertThat(rows.get(0).get("snippet")).doesNotContain("\uE000");
	}

	@Test
	void jsonHasRecordsWithIsoDatesAndPermalinks() {
		assertThat(get("/api/v1/search?q=zorbulon&kind=position")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(1);
				assertThat(json).extractingPath("$.counts.position").isEqualTo(1);
				assertThat(json).extractingPath("$.results[0].kind").isEqualTo("position");
				assertThat(json).extractingPath("$.results[0].date").isEqualTo("2025-03-12");
				assertThat(json).extractingPath("$.results[0].stance").isEqualTo("opposes");
				assertThat(json).extractingPath("$.results[0].permalink").asString()
					.startsWith("http://localhost" + point(1, "1") + "#position-");
				assertThat(json).extractingPath("$.results[0].snippetParts[1].match").isEqualTo(true);
				assertThat(json).extractingPath("$.source").asString().contains("/api/v1/search?q=zorbulon");
			});
	}

	@Test
	void hostileQueriesGetResultsOrA400NeverA500() {
		for (String q : List.of("'", "&", ":*", "!!", "a & b | !c", "(((", "\"", "\\", "' or 1=1 --", "zorbulon:*",
				"<mark>", "\u0000", "zor\u0000bulon", "\u0001\u0002\u001f", "\uE000zorbulon\uE001", "-", "or", "\uD800")) {
			MvcTestResult result = mvc.get().uri("/search").param("q", q).exchange();
			assertThat(result.getResponse().getStatus()).as(q).isIn(200, 400);
			assertThat(mvc.get().uri("/api/v1/search").param("q", q).exchange().getResponse().getStatus()).as(q).isIn(200, 400);
			assertThat(mvc.get().uri("/search.csv").param("q", q).exchange().getResponse().getStatus()).as(q).isIn(200, 400);
		}
		assertThat(mvc.get().uri("/search").param("q", "zorbulon ".repeat(1429)).exchange()).hasStatus(400)
			.bodyText()
			.contains("at most 200 characters");
	}

	@Test
	void theHeaderOfEveryPageHasASearchBoxThatKeepsTheQuery() {
		assertThat(html("/proposals")).contains("role=\"search\"", "for=\"site-search-q\"", "action=\"/search\"");
		assertThat(html("/search?q=zorbulon")).contains("id=\"site-search-q\" name=\"q\" value=\"zorbulon\"");
	}

	@Test
	void aSearchTakesTheSameNumberOfStatementsWhateverItFinds() {
		Statements statements = new Statements(emf);
		newRevision();
		long one = statements.countWhile(() -> assertThat(get("/search?q=harbour")).hasStatusOk());
		newRevision();
		long many = statements.countWhile(() -> assertThat(get("/search?q=quibblefrost")).hasStatusOk());
		newRevision();
		long none = statements.countWhile(() -> assertThat(get("/search?q=nothingatallhere")).hasStatusOk());
		newRevision();
		long filtered = statements.countWhile(() -> assertThat(get("/search?q=zorbulon&topic={t}&party={p}", topic, party)).hasStatusOk());
		// the data revision, then the search's five
		assertThat(List.of(one, many, none, filtered)).containsOnly(1L + 5);
	}

}
