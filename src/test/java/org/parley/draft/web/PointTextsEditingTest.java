package org.parley.draft.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;
import org.parley.source.Reliability;
import org.parley.support.ReadingData;

/**
 * Editors record and correct a draft point's wording in other languages on a page of its own:
 * errors next to the fields, a stale correction answers 409 with the editor's input, every
 * correction is audited, and visitors are sent to the login.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class PointTextsEditingTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	private String draft;

	private String published;

	private String sourceKey;

	private String slug;

	private static final String OF_PLAN = " from point_text t join point p on p.id = t.point_id"
			+ " join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id"
			+ " where pr.slug = ?";

	@BeforeEach
	void draftWithAPoint() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			var source = d.source("texts-source", "Kyiv Agency", Reliability.REPUTABLE_MEDIA, LocalDate.of(2025, 11, 1));
			Proposal proposal = d.proposal("texts-plan", "Texts plan", d.party("texts-party", "Party", PartyKind.STATE));
			d.version(proposal, 1, "Issued", LocalDate.of(2025, 11, 2), true, 1, source);
			d.version(proposal, 2, "Draft", LocalDate.of(2025, 11, 3), false, 2, source);
			draft = "/proposals/" + proposal.getSlug() + "/versions/2";
			published = "/proposals/" + proposal.getSlug() + "/versions/1";
			sourceKey = source.getKey();
			slug = proposal.getSlug();
		});
	}

	@Test
	void anEditorAddsAUkrainianTextThenCorrectsItAndBothStatesAreAudited() throws Exception {
		String page = mvc.perform(get(draft + "/edit/points/1/texts").with(EDITOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Text of point 1 of Draft", "name=\"text\"", sourceKey);

		MvcResult created = mvc.perform(text(post(draft + "/edit/points/1/texts"))).andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(draft + "/edit/points/1/texts?language=uk");
		assertThat(stored()).isEqualTo("uk:PARAPHRASE:Армію обмежено.");

		String form = mvc.perform(get(draft + "/edit/points/1/texts?language=uk").with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(form).contains("Армію обмежено.", "name=\"lockVersion\" value=\"0\"");
		mvc.perform(text(post(draft + "/edit/points/1/texts"), "lockVersion", "0", "text", "Армію обмежено до 600 тисяч.",
				"basis", "OFFICIAL_TRANSLATION"));
		assertThat(stored()).isEqualTo("uk:OFFICIAL_TRANSLATION:Армію обмежено до 600 тисяч.");
		assertThat(jdbc.queryForList("select a.text from point_text_aud a where a.id = (select t.id" + OF_PLAN
				+ ") order by a.rev", String.class, slug))
			.containsExactly("Армію обмежено.", "Армію обмежено до 600 тисяч.");

		String list = mvc.perform(get(draft + "/edit/texts").with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(draft + "/edit/points/1/texts", "Ukrainian", "no other language yet");
		assertThat(mvc.perform(get(draft + "/edit").with(EDITOR)).andReturn().getResponse().getContentAsString())
			.contains("href=\"" + draft + "/edit/texts\"");
	}

	@Test
	void aCorrectionMadeOnAStaleFormAnswers409WithTheEditorsInput() throws Exception {
		mvc.perform(text(post(draft + "/edit/points/1/texts")));
		mvc.perform(text(post(draft + "/edit/points/1/texts"), "lockVersion", "0", "text", "Перша правка."));

		MvcResult stale = mvc.perform(text(post(draft + "/edit/points/1/texts"), "lockVersion", "0", "text",
				"Друга правка.")).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("Друга правка.", "Перша правка.");
		// a second "new" text for a language that has one meanwhile is a conflict too
		MvcResult twice = mvc.perform(text(post(draft + "/edit/points/1/texts"), "text", "Ще одна.")).andReturn();
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(stored()).isEqualTo("uk:PARAPHRASE:Перша правка.");
	}

	@Test
	void badInputIsRefusedNextToEachField() throws Exception {
		String page = mvc.perform(text(post(draft + "/edit/points/2/texts"), "language", "en", "text", "",
				"source", "no-such-source", "basis", "")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"language-error\"", "the text of the point itself is the English one",
				"id=\"text-error\"", "id=\"source-error\"", "There is no source &#39;no-such-source&#39;",
				"id=\"basis-error\"");
		assertThat(jdbc.queryForObject("select count(*)" + OF_PLAN, Integer.class, slug)).isZero();
	}

	@Test
	void visitorsAreSentToTheLoginAndAPublishedVersionsTextsDoNotChange() throws Exception {
		MvcResult anonymous = mvc.perform(get(draft + "/edit/points/1/texts")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		MvcResult anonymousPost = mvc.perform(post(draft + "/edit/points/1/texts").with(csrf()).param("text", "x"))
			.andReturn();
		assertThat(anonymousPost.getResponse().getStatus()).isEqualTo(302);

		MvcResult onPublished = mvc.perform(text(post(published + "/edit/points/1/texts"))).andReturn();
		assertThat(onPublished.getResponse().getStatus()).isEqualTo(409);
		assertThat(onPublished.getResponse().getContentAsString()).contains("is published and never changes");
		assertThat(jdbc.queryForObject("select count(*)" + OF_PLAN, Integer.class, slug)).isZero();
	}

	private String stored() {
		return jdbc.queryForObject("select t.language || ':' || t.basis || ':' || t.text" + OF_PLAN
				+ " and p.label = '1' and v.number = 2", String.class, slug);
	}

	/** A valid form for point 1's Ukrainian text; {@code overrides} are name, value pairs. */
	private MockHttpServletRequestBuilder text(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("language", "uk");
		fields.put("text", "Армію обмежено.");
		fields.put("basis", "PARAPHRASE");
		fields.put("source", sourceKey);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(EDITOR).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
