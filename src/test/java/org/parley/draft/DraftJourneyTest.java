package org.parley.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.proposal.TextBasis;
import org.parley.source.Reliability;
import org.parley.support.DraftParams;
import org.parley.support.ReadingData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An editor starts a new version of the E3 counter-proposal, edits it, and publishes it. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class DraftJourneyTest {

	static final String E3 = "e3-counter-proposal";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Drafts drafts;

	@Autowired
	DraftReading reading;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void newVersionCopiesEveryPointLinkedToItsOriginalAndADoubleSubmitCreatesOneDraft() throws Exception {
		String confirm = mvc.perform(get("/proposals/{p}/versions/new", E3).param("from", "1").with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("Create draft version 2");

		String token = UUID.randomUUID().toString();
		String first = createDraft(token);
		String second = createDraft(token);
		assertThat(first).isEqualTo("/proposals/e3-counter-proposal/versions/2/edit").isEqualTo(second);
		assertThat(versionCount()).isEqualTo(2);

		int originals = count("select count(*) from point p join proposal_version v on v.id = p.version_id "
				+ "join proposal pr on pr.id = v.proposal_id where pr.slug = ? and v.number = 1");
		int copies = count("select count(*) from point p join proposal_version v on v.id = p.version_id "
				+ "join proposal pr on pr.id = v.proposal_id where pr.slug = ? and v.number = 2");
		int linked = count("""
				select count(*) from point_link l join point p on p.id = l.from_point_id
				join point o on o.id = l.to_point_id and o.version_id <> p.version_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = ? and v.number = 2 and l.kind = 'CARRIED_OVER'""");
		assertThat(copies).isEqualTo(originals).isGreaterThan(5);
		assertThat(linked).isEqualTo(copies);
		assertThat(jdbc.queryForObject("select status from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = ? and v.number = 2", String.class, E3)).isEqualTo("DRAFT");

		// the draft editor shows every point; a stranger to the draft sees none of it
		String editor = mvc.perform(get(first).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(editor).contains("Draft e3-counter-proposal@2").contains("name=\"points[5].text\"")
			.contains("id=\"points5.text\"").contains("for=\"points5.text\"");

		// change point 6, add point 29, then publish
		DraftForm form = reading.form(E3, 2);
		PointRow six = form.getPoints().stream().filter(r -> r.getLabel().equals("6")).findFirst().orElseThrow();
		six.setText("Ukraine's armed forces are capped at 800,000 in peacetime, as revised by the editor.");
		// a new heading and a re-wrapped text say nothing new: the provisions stay carried over
		List<PointRow> others = form.getPoints().stream().filter(r -> !r.getLabel().equals("6")).toList();
		PointRow retitled = others.get(0);
		retitled.setTitle(retitled.getTitle() + " (heading reworded)");
		PointRow rewrapped = others.get(1);
		rewrapped.setText(rewrapped.getText().replace(" ", "\n"));
		// as the page adds it: citing the version's sources (a published point needs one)
		PointRow added = PointRow.blank(form.getPoints().size() + 1, form.getSources());
		added.setLabel("29");
		added.setTitle("A point the editor added");
		added.setText("Every party reviews this agreement after one year.");
		form.getPoints().add(added);
		MvcResult saved = mvc.perform(post(first).params(DraftParams.of(form)).with(EDITOR).with(csrf())).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(first);

		String changes = mvc.perform(get("/proposals/{p}/versions/2/changes", E3).with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(changes).contains("Against e3-counter-proposal@1").contains("revised: 1").contains("added: 1")
			.containsPattern("<ins>[^<]*revised by the editor</ins>").contains("A point the editor added");
		assertThat(jdbc.queryForObject("""
				select l.kind from point_link l join point p on p.id = l.from_point_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = ? and v.number = 2 and p.label = '6'""", String.class, E3)).isEqualTo("REVISED");
		assertThat(jdbc.queryForList("""
				select l.kind from point_link l join point p on p.id = l.from_point_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = ? and v.number = 2 and p.label in (?, ?)""", String.class, E3, retitled.getLabel(),
				rewrapped.getLabel())).containsExactly("CARRIED_OVER", "CARRIED_OVER");

		String history = mvc.perform(get("/proposals/{p}/versions/2/history", E3).with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(history).contains("by ed").contains("<ins>Ukraine&#39;s armed forces are capped at 800,000")
			.contains("<ins>A point the editor added</ins>");

		long lockVersion = reading.form(E3, 2).getLockVersion();
		mvc.perform(post("/proposals/{p}/versions/2/publish", E3).param("lockVersion", String.valueOf(lockVersion))
			.with(EDITOR).with(csrf()));
		assertThat(jdbc.queryForObject("select status from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = ? and v.number = 2", String.class, E3)).isEqualTo("PUBLISHED");

		String afterPublishing = mvc.perform(get("/proposals/{p}/versions/2/changes", E3).with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		// once published, the diff of the same pair says the same
		assertThat(mvc.perform(get("/diff").param("from", E3 + "@1").param("to", E3 + "@2"))
			.andReturn().getResponse().getContentAsString())
			.containsPattern("id=\"count-REVISED\">\\s*<strong>1</strong>")
			.containsPattern("id=\"count-ADDED\">\\s*<strong>1</strong>");
		assertThat(afterPublishing).contains("href=\"/proposals/e3-counter-proposal/versions/new?from=2\"")
			.contains("href=\"/proposals/new?counterTo=e3-counter-proposal@2\"");

		// published: the editor cannot open it as a draft any more, nor post changes to it
		MvcResult reopened = mvc.perform(get(first).with(EDITOR)).andReturn();
		assertThat(reopened.getResponse().getStatus()).isEqualTo(409);
		assertThat(reopened.getResponse().getContentAsString())
			.contains("Version e3-counter-proposal@2 is published and never changes");
		assertThat(mvc.perform(post(first).params(DraftParams.of(form)).with(EDITOR).with(csrf())).andReturn()
			.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void aCounterProposalAnswersEveryPointOfTheVersionItCounters() throws Exception {
		String form = mvc.perform(get("/proposals/new").param("counterTo", "us-28-point-plan@1").with(EDITOR))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("<option value=\"us-28-point-plan@1\" selected=\"selected\"");

		String token = UUID.randomUUID().toString();
		MvcResult created = null;
		for (int i = 0; i < 2; i++) {
			created = mvc.perform(post("/proposals/new").with(EDITOR).with(csrf()).param("token", token)
				.param("slug", "test-counter").param("name", "A test counter-proposal").param("proposers", "e3")
				.param("versionTitle", "First text").param("issuedOn", "2025-11-24").param("datePrecision", "EXACT")
				.param("provenance", "LEAKED").param("completeness", "COMPLETE").param("basedOn", "us-28-point-plan@1")
				.param("counter", "true").param("text", "29. A new point of our own.\n30. And another."))
				.andReturn();
		}
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/proposals/test-counter/versions/1/edit");
		assertThat(jdbc.queryForObject("select count(*) from proposal where slug = 'test-counter'", Integer.class))
			.isEqualTo(1);
		int answers = jdbc.queryForObject("""
				select count(*) from point_link l join point p on p.id = l.from_point_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = 'test-counter' and l.kind = 'ANSWERS'""", Integer.class);
		assertThat(answers).isEqualTo(28);
		assertThat(labels(reading.form("test-counter", 1))).hasSize(30).endsWith("29", "30");

		String refused = mvc.perform(post("/proposals/new").with(EDITOR).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("slug", "test-counter").param("name", " ")
			.param("counter", "true")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"slug-error\"").contains("id=\"name-error\"")
			.contains("id=\"basedOn-error\"").contains("id=\"provenance-error\"");
	}

	private String createDraft(String token) throws Exception {
		return mvc.perform(post("/proposals/{p}/versions/new", E3).param("from", "1").param("token", token)
			.with(EDITOR).with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private int versionCount() {
		return count("select count(*) from proposal_version v join proposal p on p.id = v.proposal_id where p.slug = ?");
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class, E3);
	}

	static List<String> labels(DraftForm form) {
		return form.getPoints().stream().map(PointRow::getLabel).toList();
	}


	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aNewVersionKeepsEachPointsTextBasisAndNote() {
		var data = new ReadingData(em, tx);
		String[] slug = new String[1];
		data.save(d -> {
			var source = d.source("basis-text", "A government", Reliability.OFFICIAL,
					LocalDate.parse("2025-11-20"));
			var proposal = d.proposal("basis-plan", "A plan with verbatim wording");
			var version = d.version(proposal, 1, "Official text", LocalDate.parse("2025-11-20"), true, 2, source);
			var first = version.getPoints().get(0);
			first.recordBasis(TextBasis.VERBATIM);
			first.setNote("Quoted from the official English text.");
			slug[0] = proposal.getSlug();
		});

		drafts.createFrom(slug[0], 1, null);

		assertThat(jdbc.queryForList("""
				select p.label || ':' || p.text_basis || ':' || coalesce(p.note, '-') from point p
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = ? and v.number = 2 order by p.ordinal""", String.class, slug[0]))
			.containsExactly("1:VERBATIM:Quoted from the official English text.", "2:PARAPHRASE:-");
	}

}
