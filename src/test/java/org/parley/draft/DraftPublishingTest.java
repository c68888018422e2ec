package org.parley.draft;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.support.DraftParams;
import org.parley.support.Statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Points carry their sources, a new version starts from what the previous one said, and
 * publishing saves first, checks every point is sourced and asks before it acts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class DraftPublishingTest {

	/** A leaked paper whose version 1 says in its note which points were not retrieved. */
	static final String EU = "european-24-point-paper";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftReading reading;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManagerFactory emf;

	@Test
	void eachPointOfANewVersionCitesItsBasePointsSourcesShownAsCheckboxesAndSavedAsTicked() throws Exception {
		int draft = newVersion(EU, 1);
		DraftForm form = reading.form(EU, draft);
		for (PointRow row : form.getPoints()) {
			assertThat(row.getSources()).as(row.getLabel()).isEqualTo(pointSources(EU, 1, row.getLabel()));
		}
		int u5 = indexOf(form, "u5");
		// a source outside the version's list stays, offered and ticked beside the version's own
		assertThat(form.getSources()).doesNotContain("laregione-e3");
		assertThat(form.sourceChoices(u5)).containsAll(form.getSources()).contains("laregione-e3");
		String page = mvc.perform(get(editPath(EU, draft)).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("<input type=\"checkbox\" value=\"laregione-e3\" id=\"points" + u5
				+ "\\.sources\\d+\" name=\"points\\[" + u5 + "]\\.sources\" checked=\"checked\"")
			.doesNotContainPattern("<select[^>]*name=\"points\\[\\d+]\\.sources\"");

		// a new row, with or without JavaScript, starts with the version's sources ticked
		int n = form.getPoints().size();
		String row = mvc.perform(get(editPath(EU, draft) + "/point").param("index", String.valueOf(n)).with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		for (String source : form.getSources()) {
			assertThat(row).containsPattern("value=\"" + source + "\"[^>]*name=\"points\\[" + n
					+ "]\\.sources\" checked=\"checked\"");
		}
		String again = mvc.perform(post(editPath(EU, draft)).params(DraftParams.of(form)).param("addPoint", "1")
			.with(EDITOR).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(again).containsPattern("value=\"" + form.getSources().get(0) + "\"[^>]*name=\"points\\[" + n
				+ "]\\.sources\" checked=\"checked\"");

		// untick all but one source of the first point, tick a second one for the last
		PointRow first = form.getPoints().get(0);
		String kept = form.getSources().get(0);
		first.setSources(List.of(kept));
		PointRow last = form.getPoints().get(n - 1);
		String extra = form.getSources().stream().filter(s -> !last.getSources().contains(s)).findFirst().orElseThrow();
		last.setSources(new java.util.ArrayList<>(last.getSources()));
		last.getSources().add(extra);
		assertThat(mvc.perform(post(editPath(EU, draft)).params(DraftParams.of(form)).with(EDITOR).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo(editPath(EU, draft));
		assertThat(pointSources(EU, draft, first.getLabel())).containsExactly(kept);
		assertThat(pointSources(EU, draft, last.getLabel())).contains(extra);

		// pasted points cite the version's sources
		long lockVersion = reading.lockVersion(EU, draft);
		mvc.perform(post("/proposals/{p}/versions/{n}/paste", EU, draft).param("text", "90. A pasted point.")
			.param("lockVersion", String.valueOf(lockVersion)).param("confirm", "1").with(EDITOR).with(csrf()));
		assertThat(pointSources(EU, draft, "90")).containsExactlyInAnyOrderElementsOf(form.getSources());
	}

	@Test
	void aNewVersionStartsWithThePreviousNoteSourcesProvenanceAndCompletenessAndSaysSo() throws Exception {
		int draft = newVersion(EU, 1);
		DraftForm form = reading.form(EU, draft);
		var base = jdbc.queryForMap("""
				select v.note, v.provenance, v.completeness from proposal_version v
				join proposal p on p.id = v.proposal_id where p.slug = ? and v.number = 1""", EU);
		assertThat(form.getNote()).isEqualTo(base.get("note")).contains("only points 1");
		assertThat(form.getProvenance().name()).isEqualTo(base.get("provenance"));
		assertThat(form.getCompleteness().name()).isEqualTo(base.get("completeness"));
		assertThat(form.getSources()).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
				select s.key from version_source vs join source s on s.id = vs.source_id
				join proposal_version v on v.id = vs.version_id join proposal p on p.id = v.proposal_id
				where p.slug = ? and v.number = 1""", String.class, EU));

		String page = mvc.perform(get(editPath(EU, draft)).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(notice(page)).contains("Carried over from version 1").contains("the note").contains("the sources")
			.contains("the provenance").contains("the completeness");

		// once the editor rewrites the note, the notice no longer claims it came from version 1
		form.setNote("Points 13 to 24 are still not retrieved; checked again.");
		mvc.perform(post(editPath(EU, draft)).params(DraftParams.of(form)).with(EDITOR).with(csrf()));
		String saved = mvc.perform(get(editPath(EU, draft)).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(notice(saved)).contains("the sources").doesNotContain("the note");
	}

	@Test
	void publishingRefusesUnsourcedPointsByLabelNextToThePointsAndKeepsWhatWasTyped() throws Exception {
		String slug = sourcedProposal("unsourced-plan");
		DraftForm form = reading.form(slug, 1);
		form.getPoints().get(1).setSources(List.of());
		form.getPoints().get(1).setText("Typed, not yet saved.");
		PointRow added = PointRow.blank(3);
		added.setLabel("3");
		added.setTitle("Added without a source");
		added.setText("A third point.");
		form.getPoints().add(added);
		MvcResult result = mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(form)).param("publish", "1")
			.with(EDITOR).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("id=\"points-error\"")
			.contains("Every point needs at least one source before publishing; these have none: 2, 3.")
			.contains("id=\"points[1].sources-error\"").contains("id=\"points[2].sources-error\"")
			.doesNotContain("id=\"points[0].sources-error\"")
			.contains("Typed, not yet saved.").contains("Added without a source");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");
		assertThat(reading.form(slug, 1).getPoints()).hasSize(2);
		assertThat(reading.form(slug, 1).getPoints().get(1).getText()).isNotEqualTo("Typed, not yet saved.");

		// a confirmation forged past the form is refused too, with the labels, never a 500
		form = reading.form(slug, 1);
		form.getPoints().get(1).setSources(List.of());
		mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(form)).with(EDITOR).with(csrf()));
		MvcResult forged = mvc.perform(post("/proposals/{p}/versions/1/publish", slug)
			.param("lockVersion", String.valueOf(reading.lockVersion(slug, 1))).with(EDITOR).with(csrf())).andReturn();
		assertThat(forged.getResponse().getStatus()).isEqualTo(400);
		assertThat(forged.getResponse().getContentAsString()).contains("these do not: 2.");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");
	}

	@Test
	void publishingFromTheFormSavesFirstThenConfirmsWithTheChangesAndOnlyTheConfirmationPublishes() throws Exception {
		String slug = sourcedProposal("confirmed-plan");
		DraftForm form = reading.form(slug, 1);
		form.getPoints().get(0).setText("Reworded just before publishing.");
		MvcResult saved = mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(form)).param("publish", "1")
			.with(EDITOR).with(csrf())).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/proposals/" + slug + "/versions/1/publish");
		assertThat(reading.form(slug, 1).getPoints().get(0).getText()).isEqualTo("Reworded just before publishing.");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");

		// the form's own validation and locking apply: bad input comes back kept, nothing saved or published
		DraftForm bad = reading.form(slug, 1);
		bad.setTitle(" ");
		bad.getPoints().get(1).setText("Kept though the title is missing.");
		String refused = mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(bad)).param("publish", "1")
			.with(EDITOR).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"title-error\"").contains("Kept though the title is missing.");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");

		String confirm = mvc.perform(get("/proposals/{p}/versions/1/publish", slug).with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		long lockVersion = reading.lockVersion(slug, 1);
		assertThat(confirm).contains("Publish " + slug + "@1?").contains("Publish now")
			.contains("name=\"lockVersion\" value=\"" + lockVersion + "\"")
			.contains("href=\"/proposals/" + slug + "/versions/1/edit\"");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");

		// someone saves meanwhile: the confirmation is stale and publishes nothing
		DraftForm theirs = reading.form(slug, 1);
		theirs.setTitle("Their title");
		mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(theirs)).with(user("other").roles("EDITOR"))
			.with(csrf()));
		MvcResult stale = mvc.perform(post("/proposals/{p}/versions/1/publish", slug)
			.param("lockVersion", String.valueOf(lockVersion)).with(EDITOR).with(csrf())).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this meanwhile");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");

		MvcResult published = mvc.perform(post("/proposals/{p}/versions/1/publish", slug)
			.param("lockVersion", String.valueOf(reading.lockVersion(slug, 1))).with(EDITOR).with(csrf())).andReturn();
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/proposals/" + slug + "/versions/1/changes");
		assertThat(status(slug, 1)).isEqualTo("PUBLISHED");
	}

	@Test
	void aNewVersionsConfirmationShowsItsChangesAgainstTheBase() throws Exception {
		int draft = newVersion(EU, 1);
		DraftForm form = reading.form(EU, draft);
		form.getPoints().get(0).setText("A wording revised for the confirmation page.");
		mvc.perform(post(editPath(EU, draft)).params(DraftParams.of(form)).param("publish", "1").with(EDITOR)
			.with(csrf()));
		String confirm = mvc.perform(get("/proposals/{p}/versions/{n}/publish", EU, draft).with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(confirm).contains("Against " + EU + "@1").contains("revised: 1")
			.containsPattern("<ins>[^<]*revised for the confirmation page</ins>");
		assertThat(status(EU, draft)).isEqualTo("DRAFT");
	}

	@Test
	void discardingAsksFirstWithoutJavaScript() throws Exception {
		String slug = sourcedProposal("discarded-plan");
		String page = mvc.perform(get(editPath(slug, 1)).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/proposals/" + slug + "/versions/1/discard\"")
			.doesNotContain("action=\"/proposals/" + slug + "/versions/1/discard\"")
			.doesNotContain("action=\"/proposals/" + slug + "/versions/1/publish\"");
		String confirm = mvc.perform(get("/proposals/{p}/versions/1/discard", slug).with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(confirm).contains("Discard draft " + slug + "@1?")
			.contains("action=\"/proposals/" + slug + "/versions/1/discard\"");
		assertThat(status(slug, 1)).isEqualTo("DRAFT");
		mvc.perform(post("/proposals/{p}/versions/1/discard", slug)
			.param("lockVersion", String.valueOf(reading.lockVersion(slug, 1))).with(EDITOR).with(csrf()));
		assertThat(jdbc.queryForObject("select count(*) from proposal where slug = ?", Integer.class, slug)).isOne();
		assertThat(jdbc.queryForObject("""
				select count(*) from proposal_version v join proposal p on p.id = v.proposal_id where p.slug = ?""",
				Integer.class, slug)).isZero();
	}

	@Test
	void openDraftsAreListedForEditorsNewestChangeFirstInAFewStatements() throws Exception {
		String older = sourcedProposal("listed-older");
		String newer = sourcedProposal("listed-newer");
		Statements statements = new Statements(emf);
		long before = statements.countWhile(() -> mvc.perform(get("/drafts").with(EDITOR)));
		DraftForm form = reading.form(older, 1);
		form.setTitle("Changed last");
		mvc.perform(post(editPath(older, 1)).params(DraftParams.of(form)).with(user("carol").roles("EDITOR"))
			.with(csrf()));
		sourcedProposal("listed-third");
		String page = mvc.perform(get("/drafts").with(EDITOR)).andReturn().getResponse().getContentAsString();
		long after = statements.countWhile(() -> mvc.perform(get("/drafts").with(EDITOR)));
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(3);

		assertThat(page).contains("id=\"draft-" + older + "@1\"").contains("id=\"draft-" + newer + "@1\"")
			.contains("href=\"/proposals/" + older + "/versions/1/edit\"").contains("Changed last")
			.containsPattern("id=\"draft-" + older + "@1\">(?s:.)*?by carol on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
		// newest change first: the third, then the one carol changed, then the newer untouched one
		assertThat(page.indexOf("draft-listed-third@1")).isLessThan(page.indexOf("draft-" + older + "@1"));
		assertThat(page.indexOf("draft-" + older + "@1")).isLessThan(page.indexOf("draft-" + newer + "@1"));
		// a published version is no draft
		assertThat(page).doesNotContain("id=\"draft-" + EU + "@1\"");
		// the editor's header links to it
		assertThat(page).contains("href=\"/drafts\"");

		assertThat(mvc.perform(get("/drafts")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/proposals")).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/drafts\"");
	}

	/** A new proposal's draft of two points, each citing the version's one source. */
	private String sourcedProposal(String slug) throws Exception {
		mvc.perform(post("/proposals/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", slug).param("name", "Plan " + slug).param("versionTitle", "First text")
			.param("issuedOn", "2025-12-01").param("datePrecision", "EXACT").param("provenance", "REPORTED")
			.param("completeness", "COMPLETE").param("text", "1. One.\n2. Two."));
		DraftForm form = reading.form(slug, 1);
		String source = jdbc.queryForObject("select min(key) from source", String.class);
		form.setSources(List.of(source));
		form.getPoints().forEach(row -> row.setSources(List.of(source)));
		MvcResult saved = mvc.perform(post(editPath(slug, 1)).params(DraftParams.of(form)).with(EDITOR).with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(editPath(slug, 1));
		return slug;
	}

	private int newVersion(String proposal, int from) throws Exception {
		String path = mvc.perform(post("/proposals/{p}/versions/new", proposal).param("from", String.valueOf(from))
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		return Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
	}

	private List<String> pointSources(String proposal, int number, String label) {
		return jdbc.queryForList("""
				select s.key from point_source ps join source s on s.id = ps.source_id join point pt on pt.id = ps.point_id
				join proposal_version v on v.id = pt.version_id join proposal p on p.id = v.proposal_id
				where p.slug = ? and v.number = ? and pt.label = ? order by s.key""", String.class, proposal, number,
				label);
	}

	private String status(String proposal, int number) {
		return jdbc.queryForObject("""
				select v.status from proposal_version v join proposal p on p.id = v.proposal_id
				where p.slug = ? and v.number = ?""", String.class, proposal, number);
	}

	private static int indexOf(DraftForm form, String label) {
		for (int i = 0; i < form.getPoints().size(); i++) {
			if (form.getPoints().get(i).getLabel().equals(label)) {
				return i;
			}
		}
		throw new AssertionError("no point " + label);
	}

	private static String notice(String page) {
		int start = page.indexOf("id=\"carried-over\"");
		return start < 0 ? "" : page.substring(start, page.indexOf("</p>", start));
	}

	private static String editPath(String proposal, int number) {
		return "/proposals/" + proposal + "/versions/" + number + "/edit";
	}

}
