package org.parley.pick.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.support.Statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pickers of the editing forms: the search an editor's typing asks, and the forms that use
 * them without JavaScript, over the sample data (281 sources, 53 events, 40 people).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickerTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	private static final Pattern MATCH = Pattern.compile("class=\"pick-match\" data-value=\"([^\"]+)\"");

	private static final Pattern SELECT = Pattern.compile("<select[^>]*>(.*?)</select>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@BeforeAll
	void aSourceWithAccents() throws Exception {
		if (jdbc.queryForObject("select count(*) from source where key = 'pick-elysee-geneve'", Integer.class) == 0) {
			mvc.perform(post("/sources/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
				.param("key", "pick-elysee-geneve").param("publisher", "Le Monde")
				.param("title", "L'Élysée répond aux négociations de Genève").param("url", "https://example.org/elysee")
				.param("publishedOn", "2025-11-24").param("datePrecision", "EXACT").param("reliability", "REPUTABLE_MEDIA"));
		}
	}

	@Test
	void theSearchFindsSourcesByWordsOfTitleAndPublisherInAnyOrder() throws Exception {
		List<String> found = matches(get("/pick/sources").param("field", "sources").param("q", "ukraine AXIOS"));
		assertThat(found).contains("ht-axios-nov19").hasSizeLessThanOrEqualTo(PickController.MATCHES);
		for (String key : found) {
			assertThat(jdbc.queryForObject("select lower(title || ' ' || publisher || ' ' || key) from source where key = ?",
					String.class, key)).contains("axios").contains("ukraine");
		}
		// the picker's own box names the query after its field, and its chips are left out
		assertThat(matches(get("/pick/sources").param("field", "furtherSources")
			.param("pick-q:furtherSources", "ukraine axios").param("furtherSources", "ht-axios-nov19")))
			.doesNotContain("ht-axios-nov19");
		assertThat(matches(get("/pick/people").param("field", "person").param("q", "putin"))).containsExactly("putin");
	}

	@Test
	void theSearchIgnoresAccentsAndCaseBothWays() throws Exception {
		assertThat(matches(get("/pick/sources").param("field", "sources").param("q", "negociations geneve")))
			.containsExactly("pick-elysee-geneve");
		assertThat(matches(get("/pick/sources").param("field", "sources").param("q", "ÉLYSÉE")))
			.containsExactly("pick-elysee-geneve");
		// a typed % is a character, not a wildcard
		List<String> percent = matches(get("/pick/sources").param("field", "sources").param("q", "%"));
		assertThat(percent).isNotEmpty().hasSizeLessThan(PickController.MATCHES);
		for (String key : percent) {
			assertThat(jdbc.queryForObject("select title || publisher || key from source where key = ?", String.class, key))
				.contains("%");
		}
	}

	@Test
	void theSearchIsForEditorsOnlyAndKnowsWhatItPicks() throws Exception {
		var anonymous = mvc.perform(get("/pick/sources").param("field", "sources").param("q", "axios")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/pick/proposals").param("field", "x").with(EDITOR)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aSearchIsOneStatementHoweverManyWordsAndChips() throws Exception {
		Statements statements = new Statements(emf);
		long one = statements.countWhile(() -> mvc.perform(get("/pick/sources").param("field", "sources")
			.param("q", "axios").with(EDITOR)));
		long many = statements.countWhile(() -> mvc.perform(get("/pick/sources").param("field", "sources")
			.param("q", "us working with russia on plan").param("sources", "ht-axios-nov19", "pick-elysee-geneve")
			.with(EDITOR)));
		assertThat(one).isEqualTo(1);
		assertThat(many).isEqualTo(1);
	}

	@Test
	void aFormWithPickersCostsTheSameStatementsHoweverManyItemsItHolds() throws Exception {
		Statements statements = new Statements(emf);
		List<String> keys = jdbc.queryForList("select key from source order by key limit 12", String.class);
		long few = statements.countWhile(() -> mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("party", "russia").param("furtherSources", keys.subList(0, 2).toArray(String[]::new))
			.param("pick-action", "remove:furtherSources:" + keys.get(0))));
		long many = statements.countWhile(() -> mvc.perform(post("/positions/new").with(EDITOR).with(csrf())
			.param("party", "russia").param("furtherSources", keys.toArray(String[]::new))
			.param("pick-action", "remove:furtherSources:" + keys.get(0))));
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(12);
	}

	@Test
	void noEditorFormOffersAWholeTableOrASelectMultiple() throws Exception {
		long position = jdbc.queryForObject("select min(id) from position", Long.class);
		String event = jdbc.queryForObject("select min(slug) from event", String.class);
		String source = jdbc.queryForObject("select min(key) from source", String.class);
		// a draft of a plan, with more rows than one picker shows options (one more added by HTMX)
		String draft = mvc.perform(post("/proposals/paris-declaration/versions/new").param("from", "1")
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		for (String path : List.of("/positions/new", "/positions/" + position + "/edit", "/events/new",
				"/events/" + event + "/edit", "/sources/new", "/sources/" + source + "/edit", draft,
				draft + "/point?index=3", "/proposals/paris-declaration/versions/new?from=1", "/proposals/new",
				"/proposals/new?counterTo=paris-declaration@1", "/parties/new", "/parties/e3/edit", "/people/new",
				"/topics/new", "/measures/new")) {
			String page = page(get(path));
			Matcher select = SELECT.matcher(page);
			while (select.find()) {
				assertThat(select.group()).as(path).doesNotContainPattern("<select[^>]*\\smultiple");
				assertThat(select.group(1).split("<option", -1).length - 1).as(path).isLessThanOrEqualTo(Picker.OPTIONS);
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from source", Integer.class)).isGreaterThan(200);
	}

	@Test
	void chosenItemsComeBackAsChipsWhenTheFormHasErrors() throws Exception {
		String page = page(post("/positions/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("party", "russia").param("person", "putin").param("stance", "REJECTS").param("statedOn", "2025-11-25")
			.param("targetKind", "POINT").param("targetPoint", "us-28-point-plan@1#6").param("source", "ht-axios-nov19")
			.param("furtherSources", "pick-elysee-geneve", "ht-axios-nov19"));
		assertThat(page).contains("id=\"paraphrase-error\"")
			.contains("<input type=\"hidden\" name=\"party\" value=\"russia\">")
			.contains("<input type=\"hidden\" name=\"person\" value=\"putin\">")
			.contains("<input type=\"hidden\" name=\"source\" value=\"ht-axios-nov19\">")
			.contains("<input type=\"hidden\" name=\"furtherSources\" value=\"pick-elysee-geneve\">")
			.contains("<input type=\"hidden\" name=\"furtherSources\" value=\"ht-axios-nov19\">")
			.contains("Le Monde: L&#39;Élysée répond aux négociations de Genève")
			.contains("Vladimir Putin (Russia)");

		String event = page(post("/events/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "Not A Slug").param("title", "Talks").param("startsOn", "2025-11-30")
			.param("parties", "russia", "ukraine").param("sources", "pick-elysee-geneve"));
		assertThat(event).contains("id=\"slug-error\"")
			.contains("<input type=\"hidden\" name=\"parties\" value=\"russia\">")
			.contains("<input type=\"hidden\" name=\"parties\" value=\"ukraine\">")
			.contains("<input type=\"hidden\" name=\"sources\" value=\"pick-elysee-geneve\">");
	}

	@Test
	void withoutJavaScriptTheFilterAddAndRemoveButtonsKeepWhatWasTyped() throws Exception {
		String filtered = page(post("/events/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("title", "Typed title").param("sources", "ht-axios-nov19")
			.param("pick-q:sources", "negociations").param("pick-action", "filter:sources"));
		// shown again, nothing saved, no "required" error for the slug not typed yet
		assertThat(filtered).contains("value=\"Typed title\"").doesNotContain("field-error")
			.contains("<option value=\"pick-elysee-geneve\">");
		String added = page(post("/events/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("title", "Typed title").param("sources", "ht-axios-nov19")
			.param("pick-add:sources", "pick-elysee-geneve").param("pick-action", "add:sources"));
		assertThat(added).contains("<input type=\"hidden\" name=\"sources\" value=\"ht-axios-nov19\">")
			.contains("<input type=\"hidden\" name=\"sources\" value=\"pick-elysee-geneve\">");
		String removed = page(post("/events/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("title", "Typed title").param("sources", "ht-axios-nov19", "pick-elysee-geneve")
			.param("pick-action", "remove:sources:ht-axios-nov19"));
		assertThat(removed).doesNotContain("name=\"sources\" value=\"ht-axios-nov19\"")
			.contains("<input type=\"hidden\" name=\"sources\" value=\"pick-elysee-geneve\">");
		assertThat(jdbc.queryForObject("select count(*) from event where title = 'Typed title'", Integer.class)).isZero();
	}

	@Test
	void theProposersOfANewProposalAreChosenWithThePickersButtonsWithoutCreatingIt() throws Exception {
		String added = page(post("/proposals/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "picked-plan").param("name", "A plan whose proposers are picked").param("proposers", "e3")
			.param("pick-add:proposers", "ukraine").param("pick-action", "add:proposers"));
		assertThat(added).contains("<input type=\"hidden\" name=\"proposers\" value=\"e3\">")
			.contains("<input type=\"hidden\" name=\"proposers\" value=\"ukraine\">")
			.contains("value=\"A plan whose proposers are picked\"").doesNotContain("field-error");
		assertThat(jdbc.queryForObject("select count(*) from proposal where slug = 'picked-plan'", Integer.class)).isZero();
	}

	@Test
	void aGroupsMembersAndAPersonsPartyAreChosenWithThePickersButtonsWithoutSavingThem() throws Exception {
		String group = page(post("/parties/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "picked-bloc").param("name", "A bloc whose members are picked").param("kind", "BLOC")
			.param("members", "uk").param("pick-add:members", "france").param("pick-action", "add:members"));
		assertThat(group).contains("<input type=\"hidden\" name=\"members\" value=\"uk\">")
			.contains("<input type=\"hidden\" name=\"members\" value=\"france\">")
			.contains("value=\"A bloc whose members are picked\"").doesNotContain("field-error")
			.doesNotContain("type=\"checkbox\"");
		assertThat(jdbc.queryForObject("select count(*) from party where slug = 'picked-bloc'", Integer.class)).isZero();

		String person = page(post("/people/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "picked-envoy").param("name", "An envoy whose party is picked")
			.param("pick-add:party", "ukraine").param("pick-action", "add:party"));
		assertThat(person).contains("<input type=\"hidden\" name=\"party\" value=\"ukraine\">")
			.contains("value=\"An envoy whose party is picked\"");
		assertThat(jdbc.queryForObject("select count(*) from person where slug = 'picked-envoy'", Integer.class)).isZero();
	}

	@Test
	void aNewSourceIsAddedInlineAndChosenKeepingTheRestOfThePosition() throws Exception {
		String page = page(post("/positions/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("party", "russia").param("paraphrase", "Typed before adding a source.")
			.param("furtherSources", "ht-axios-nov19").param("newSourceToken", UUID.randomUUID().toString())
			.param("newSource.key", "pick-inline-tass").param("newSource.publisher", "TASS")
			.param("newSource.title", "Kremlin comments on the plan").param("newSource.url", "https://tass.com/x")
			.param("newSource.publishedOn", "2025-11-26").param("newSource.datePrecision", "EXACT")
			.param("newSource.reliability", "OFFICIAL").param("addSource", "1"));
		assertThat(jdbc.queryForObject("select title from source where key = 'pick-inline-tass'", String.class))
			.isEqualTo("Kremlin comments on the plan");
		assertThat(page).contains("Typed before adding a source.")
			.contains("<input type=\"hidden\" name=\"party\" value=\"russia\">")
			.contains("<input type=\"hidden\" name=\"source\" value=\"pick-inline-tass\">")
			.contains("<input type=\"hidden\" name=\"furtherSources\" value=\"ht-axios-nov19\">")
			.contains("TASS: Kremlin comments on the plan")
			.doesNotContain("field-error");
		assertThat(jdbc.queryForObject("select count(*) from position where paraphrase = 'Typed before adding a source.'",
				Integer.class)).isZero();
	}

	@Test
	void aNewSourceWithErrorsIsNotAddedAndShowsThemNextToItsFields() throws Exception {
		String page = page(post("/events/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "typed-event").param("title", "Typed event").param("sources", "ht-axios-nov19")
			.param("newSource.key", "ht-axios-nov19").param("newSource.publisher", "TASS")
			.param("newSource.title", "Without an address").param("newSource.url", "not an address")
			.param("newSource.publishedOn", "2025-11-26").param("addSource", "1"));
		assertThat(page).contains("id=\"newSource.url-error\"").contains("id=\"newSource.key-error\"")
			.contains("id=\"newSource.reliability-error\"").contains("Another source already has this key.")
			.contains("<details class=\"new-source\" id=\"new-source\" open")
			.contains("value=\"typed-event\"").contains("value=\"Typed event\"").contains("value=\"Without an address\"")
			.contains("<input type=\"hidden\" name=\"sources\" value=\"ht-axios-nov19\">")
			.doesNotContain("id=\"startsOn-error\"");
		assertThat(jdbc.queryForObject("select count(*) from source where title = 'Without an address'", Integer.class))
			.isZero();
	}

	@Test
	void savingWithANewSourceTypedButNotAddedSavesNothingAndSaysSo() throws Exception {
		String page = page(post("/positions/new").with(csrf()).param("token", UUID.randomUUID().toString())
			.param("party", "russia").param("stance", "REJECTS").param("statedOn", "2025-11-25")
			.param("targetKind", "POINT").param("targetPoint", "us-28-point-plan@1#6")
			.param("paraphrase", "Saved with a source left in its fields.").param("source", "ht-axios-nov19")
			.param("newSource.title", "Meant to be added"));
		assertThat(page).contains("id=\"newSource-error\"").contains("add this source with its button")
			.contains("value=\"Meant to be added\"");
		assertThat(jdbc.queryForObject("select count(*) from position where paraphrase like 'Saved with a source left%'",
				Integer.class)).isZero();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(EDITOR)).andReturn().getResponse();
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
