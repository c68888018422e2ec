package org.parley.draft;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BeanPropertyBindingResult;

import org.parley.support.DraftParams;
import org.parley.draft.DraftForm;
import org.parley.draft.DraftReading;
import org.parley.draft.Drafts;
import org.parley.draft.PointRow;
import org.parley.proposal.PublishedVersionException;
import org.parley.support.Statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Published versions never change; stale saves, bad input and hostile text lose nothing and break nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class DraftSafetyTest {

	static final String US = "us-28-point-plan";

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Drafts drafts;

	@Autowired
	DraftReading reading;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManagerFactory emf;

	int draft;

	@BeforeEach
	void startDraft() throws Exception {
		String path = mvc.perform(post("/proposals/{p}/versions/new", US).param("from", "1")
			.param("token", UUID.randomUUID().toString()).with(EDITOR).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		draft = Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
	}

	@Test
	void theServiceRefusesToChangeAPublishedVersion() {
		DraftForm form = reading.form(US, draft);
		assertThatThrownBy(() -> drafts.save(US, 1, form, new BeanPropertyBindingResult(form, "draftForm")))
			.isInstanceOf(PublishedVersionException.class);
		assertThatThrownBy(() -> drafts.publish(US, 1, 0)).isInstanceOf(PublishedVersionException.class);
		assertThatThrownBy(() -> drafts.discard(US, 1, 0)).isInstanceOf(PublishedVersionException.class);
	}

	@Test
	void theDatabaseRefusesToChangeAPublishedVersionWhateverTheSql() {
		long version = id("select v.id from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = 'us-28-point-plan' and v.number = 1");
		long point = id("select min(id) from point where version_id = " + version);
		long topic = id("select min(id) from topic");
		long source = id("select min(id) from source");
		String[] refused = { "update proposal_version set title = 'rewritten' where id = " + version,
				"update proposal_version set status = 'DRAFT', published_at = null where id = " + version,
				"delete from proposal_version where id = " + version,
				"update point set text = 'rewritten' where id = " + point, "delete from point where id = " + point,
				"insert into point (version_id, label, ordinal, title, text) values (" + version
						+ ", '99', 99, 'sneaked', 'in')",
				"delete from point_topic where point_id = " + point,
				"insert into point_topic (point_id, topic_id) values (" + point + ", " + topic + ") on conflict do nothing",
				"insert into point_source (point_id, source_id) values (" + point + ", " + source + ") on conflict do nothing",
				"delete from version_source where version_id = " + version,
				"insert into version_source (version_id, source_id) values (" + version + ", " + source
						+ ") on conflict do nothing",
				"delete from key_figure where point_id in (select id from point where version_id = " + version + ")",
				"update point_link set kind = 'MERGED' where from_point_id in (select id from point where version_id = "
						+ version + ")" };
		for (String sql : refused) {
			int before = fingerprint(version);
			try {
				int changed = jdbc.update(sql);
				// statements that match no row change nothing either; every one that matches must fail
				assertThat(changed).as(sql).isZero();
			}
			catch (org.springframework.dao.DataAccessException expected) {
				assertThat(expected.getMostSpecificCause().getMessage()).as(sql).contains("published");
			}
			assertThat(fingerprint(version)).as(sql).isEqualTo(before);
		}
		// the draft made from it can still be edited in SQL
		assertThat(jdbc.update("update point set note = 'fine' where version_id = (select v.id from proposal_version v "
				+ "join proposal p on p.id = v.proposal_id where p.slug = 'us-28-point-plan' and v.number = ?)", draft))
			.isPositive();
	}

	@Test
	void aStaleSaveShowsTheConflictPageWithTheEditorsOwnInput() throws Exception {
		DraftForm mine = reading.form(US, draft);
		DraftForm theirs = reading.form(US, draft);
		theirs.getPoints().get(0).setText("Their text, saved first.");
		mvc.perform(post(editPath()).params(DraftParams.of(theirs)).with(user("other").roles("EDITOR")).with(csrf()));

		mine.getPoints().get(0).setText("My careful rewording that must not be lost.");
		MvcResult result = mvc.perform(post(editPath()).params(DraftParams.of(mine)).with(EDITOR).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentAsString()).contains("My careful rewording that must not be lost.")
			.contains("Their text, saved first.")
			.contains("Someone else changed this meanwhile");
		assertThat(reading.form(US, draft).getPoints().get(0).getText()).isEqualTo("Their text, saved first.");
	}

	@Test
	void badInputIsReportedNextToTheFieldsAndNothingIsSaved() throws Exception {
		DraftForm form = reading.form(US, draft);
		String before = form.getPoints().get(1).getText();
		form.setTitle(" ");
		form.getPoints().get(0).setLabel(form.getPoints().get(1).getLabel());
		form.getPoints().get(1).setText("changed, but must not be saved");
		form.getPoints().get(2).setText("x".repeat(8001));
		form.getPoints().get(3).getFigures().get(0).setMeasure("armed-forces-cap");
		form.getPoints().get(3).getFigures().get(0).setValue("lots");
		form.setBasedOn("no-such-plan@7");
		var params = DraftParams.of(form);
		params.set("issuedOn", "not-a-date");
		MvcResult result = mvc.perform(post(editPath()).params(params).with(EDITOR).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("id=\"title-error\"")
			.contains("id=\"issuedOn-error\"")
			.contains("id=\"basedOn-error\"")
			.contains("id=\"points[1].label-error\"")
			.contains("already has the label")
			.contains("id=\"points[2].text-error\"")
			.contains("At most 8000 characters")
			.contains("id=\"points[3].figures[0].value-error\"")
			.contains("Enter a number")
			.contains("Nothing was saved yet")
			.contains("changed, but must not be saved");
		assertThat(reading.form(US, draft).getPoints().get(1).getText()).isEqualTo(before);
	}

	@Test
	void hostileTextIsStoredAndShownLiterally() throws Exception {
		String hostile = "<script>alert('x')</script> \"; drop table point; -- \u202Eevil\u202C Украина \u0007 bell";
		DraftForm form = reading.form(US, draft);
		form.getPoints().get(0).setTitle(hostile);
		form.getPoints().get(0).setText(hostile + " and a NUL \u0000 here");
		PointRow added = PointRow.blank(99);
		added.setLabel("99");
		added.setTitle("<img src=x onerror=alert(1)>");
		added.setText("ok");
		form.getPoints().add(added);
		MvcResult saved = mvc.perform(post(editPath()).params(DraftParams.of(form)).with(EDITOR).with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		DraftForm stored = reading.form(US, draft);
		assertThat(stored.getPoints().get(0).getTitle()).isEqualTo(hostile);
		assertThat(stored.getPoints().get(0).getText()).isEqualTo(hostile + " and a NUL \uFFFD here");

		String changes = mvc.perform(get("/proposals/{p}/versions/{n}/changes", US, draft).with(EDITOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(changes).doesNotContain("<script>alert").doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("Украина")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
		String editor = mvc.perform(get(editPath()).with(EDITOR)).andReturn().getResponse().getContentAsString();
		assertThat(editor).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void aDiscardedDraftIsGone() throws Exception {
		long lockVersion = reading.form(US, draft).getLockVersion();
		mvc.perform(post("/proposals/{p}/versions/{n}/discard", US, draft).param("lockVersion", String.valueOf(lockVersion))
			.with(EDITOR).with(csrf()));
		assertThat(mvc.perform(get(editPath()).with(EDITOR)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void pastedTextIsSplitShownForConfirmationThenAdded() throws Exception {
		String text = "Leaked draft\n1. First point.\nIt runs on.\n2) Second point.\nPoint 3: Third <b>point</b>.";
		long lockVersion = reading.form(US, draft).getLockVersion();
		String preview = mvc.perform(post("/proposals/{p}/versions/{n}/paste", US, draft).param("text", text)
			.param("lockVersion", String.valueOf(lockVersion)).param("replace", "true").with(EDITOR).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("Points found: 3").contains("Third &lt;b&gt;point&lt;/b&gt;.")
			.contains("Add these 3 points to the draft");
		assertThat(reading.form(US, draft).getPoints()).hasSizeGreaterThan(3);

		// appending would clash with the labels already there
		String clash = mvc.perform(post("/proposals/{p}/versions/{n}/paste", US, draft).param("text", text)
			.param("lockVersion", String.valueOf(lockVersion)).param("confirm", "1").with(EDITOR).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(clash).contains("already has a point labelled 1");

		MvcResult added = mvc.perform(post("/proposals/{p}/versions/{n}/paste", US, draft).param("text", text)
			.param("lockVersion", String.valueOf(lockVersion)).param("replace", "true").param("confirm", "1")
			.with(EDITOR).with(csrf())).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(editPath());
		DraftForm form = reading.form(US, draft);
		assertThat(form.getPoints()).extracting(PointRow::getLabel).containsExactly("1", "2", "3");
		assertThat(form.getPoints().get(0).getText()).isEqualTo("First point.\nIt runs on.");
	}

	@Test
	void pointsAreRelabelledReorderedRemovedAndGetTopicsAndFigures() throws Exception {
		DraftForm form = reading.form(US, draft);
		int total = form.getPoints().size();
		PointRow first = form.getPoints().get(0);
		PointRow second = form.getPoints().get(1);
		PointRow third = form.getPoints().get(2);
		String firstText = first.getText();
		String thirdText = third.getText();
		// swap the labels of the first two points (unique at once in the database)
		first.setLabel("2");
		second.setLabel("1");
		third.setOrder(0);
		form.getPoints().get(3).setRemove(true);
		third.setTopics(java.util.List.of("nato", "territory"));
		third.getFigures().get(third.getFigures().size() - 1).setMeasure("armed-forces-cap");
		third.getFigures().get(third.getFigures().size() - 1).setValue("700 000");
		MvcResult saved = mvc.perform(post(editPath()).params(DraftParams.of(form)).with(EDITOR).with(csrf())).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(editPath());

		DraftForm stored = reading.form(US, draft);
		assertThat(stored.getPoints()).hasSize(total - 1);
		assertThat(stored.getPoints().get(0).getText()).isEqualTo(thirdText);
		assertThat(stored.getPoints().get(0).getTopics()).containsExactly("nato", "territory");
		assertThat(stored.getPoints().get(0).getFigures()).anySatisfy(f -> {
			assertThat(f.getMeasure()).isEqualTo("armed-forces-cap");
			assertThat(f.getValue()).isEqualTo("700000");
		});
		assertThat(stored.getPoints().get(1).getLabel()).isEqualTo("2");
		assertThat(stored.getPoints().get(1).getText()).isEqualTo(firstText);
		assertThat(stored.getPoints().get(2).getLabel()).isEqualTo("1");
	}

	@Test
	void withoutJavaScriptAddAPointShowsTheFormAgainWithOneMoreRowAndKeepsWhatWasTyped() throws Exception {
		DraftForm form = reading.form(US, draft);
		form.getPoints().get(0).setText("Typed but not saved yet.");
		String page = mvc.perform(post(editPath()).params(DraftParams.of(form)).param("addPoint", "1").with(EDITOR)
			.with(csrf())).andReturn().getResponse().getContentAsString();
		int n = form.getPoints().size();
		assertThat(page).contains("Typed but not saved yet.").contains("name=\"points[" + n + "].label\"")
			.doesNotContain("name=\"points[" + (n + 1) + "].label\"");
		assertThat(reading.form(US, draft).getPoints().get(0).getText()).isNotEqualTo("Typed but not saved yet.");

		String row = mvc.perform(get(editPath() + "/point").param("index", String.valueOf(n)).with(EDITOR)
			.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
		assertThat(row).contains("name=\"points[" + n + "].label\"").contains("hx-swap-oob=\"true\"")
			.contains("index=" + (n + 1)).doesNotContain("<html");
	}

	@Test
	void theDraftPagesIssueAFewStatementsWhateverTheirSize() throws Exception {
		mvc.perform(post("/proposals/new").with(EDITOR).with(csrf()).param("token", UUID.randomUUID().toString())
			.param("slug", "small-plan").param("name", "Small plan").param("versionTitle", "Two points")
			.param("issuedOn", "2025-12-01").param("datePrecision", "EXACT").param("provenance", "REPORTED")
			.param("completeness", "COMPLETE").param("text", "1. One.\n2. Two."));
		Statements statements = new Statements(emf);
		long small = statements.countWhile(() -> mvc.perform(get("/proposals/small-plan/versions/1/edit").with(EDITOR)));
		long big = statements.countWhile(() -> mvc.perform(get(editPath()).with(EDITOR)));
		assertThat(reading.form(US, draft).getPoints()).hasSizeGreaterThan(20);
		// collections load in batches, not per point: 28 points with topics, figures, links and a base
		// version cost only the few statements their extra kinds of data need over a bare two-point draft
		// (the labels of the sources and topics it holds: the pickers' and the point rows', where the small one
		// holds none); the pickers' first matches cost one statement a kind, however many rows
		assertThat(big).isLessThanOrEqualTo(small + 7).isLessThanOrEqualTo(19);
		long changes = statements.countWhile(
				() -> mvc.perform(get("/proposals/{p}/versions/{n}/changes", US, draft).with(EDITOR)));
		assertThat(changes).isLessThan(20);
	}

	@Test
	void aDraftIsNotShownOnTheReadingPages() throws Exception {
		assertThat(mvc.perform(get("/proposals/{p}/versions/{n}", US, draft)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/proposals/{p}/versions/{n}/edit", US, draft)).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void twoSimultaneousSubmissionsOfOneFormCreateOneDraft() throws Exception {
		String token = UUID.randomUUID().toString();
		int before = jdbc.queryForObject("select count(*) from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = ?", Integer.class, US);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Callable<String> submit = () -> {
				start.await();
				return mvc.perform(post("/proposals/{p}/versions/new", US).param("from", "1").param("token", token)
					.with(EDITOR).with(csrf())).andReturn().getResponse().getRedirectedUrl();
			};
			var first = pool.submit(submit);
			var second = pool.submit(submit);
			start.countDown();
			assertThat(first.get()).isNotNull().isEqualTo(second.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("select count(*) from proposal_version v join proposal p on p.id = v.proposal_id "
				+ "where p.slug = ?", Integer.class, US)).isEqualTo(before + 1);
	}

	private String editPath() {
		return "/proposals/" + US + "/versions/" + draft + "/edit";
	}

	private long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/** Everything of a version, summed up: changes if any row of it changes. */
	private int fingerprint(long version) {
		return jdbc.queryForObject("""
				select md5(coalesce((select string_agg(t::text, '|' order by t::text) from (
				    select v::text as t from proposal_version v where v.id = ?
				    union all select p::text from point p where p.version_id = ?
				    union all select pt::text from point_topic pt join point p on p.id = pt.point_id where p.version_id = ?
				    union all select ps::text from point_source ps join point p on p.id = ps.point_id where p.version_id = ?
				    union all select k::text from key_figure k join point p on p.id = k.point_id where p.version_id = ?
				    union all select l::text from point_link l join point p on p.id = l.from_point_id where p.version_id = ?
				    union all select vs::text from version_source vs where vs.version_id = ?) x), ''))
				""", String.class, version, version, version, version, version, version, version).hashCode();
	}

}
