package org.parley;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.parley.support.DraftParams;
import org.parley.draft.DraftForm;
import org.parley.draft.DraftReading;
import org.parley.draft.Drafts;
import org.parley.event.EventEditing;
import org.parley.position.PositionEditing;
import org.parley.source.SourceEditing;
import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.ChildJvms;
import org.parley.support.FormFields;
import org.parley.support.LiveSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty editors save the same form at the same instant, through a real server: one save wins,
 * every other one gets the conflict page with its own input on it, and nobody gets a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.admin.username=chief", "parley.admin.password=correct horse battery" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(ChildJvms.CPU)
class EditRaceTest {

	static final int EDITORS = 50;

	static final String US = "us-28-point-plan";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	DraftReading reading;

	@Autowired
	SourceEditing sources;

	@Autowired
	PositionEditing positions;

	@Autowired
	EventEditing events;

	@Autowired
	JdbcTemplate jdbc;

	LiveSession editor;

	ExecutorService pool;

	@BeforeAll
	void logIn() {
		accounts.create("racer", "a long enough password", Role.EDITOR);
		editor = LiveSession.loggedIn(port, "racer", "a long enough password");
		pool = Executors.newFixedThreadPool(EDITORS);
	}

	@AfterAll
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void conflictingSavesOfOneDraft() throws Exception {
		String path = newDraft();
		int number = Integer.parseInt(path.replaceAll(".*/versions/(\\d+)/edit", "$1"));
		DraftForm form = reading.form(US, number);
		var fields = new ArrayList<Map.Entry<String, String>>();
		DraftParams.of(form).forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
		var outcome = race(path, i -> FormFields.with(fields, "points[0].text", yours(i)));
		outcome.assertOneSavedAndEveryOtherEditorSeesTheirInput();
	}

	@Test
	void conflictingCorrectionsOfOneSource() throws Exception {
		String key = jdbc.queryForObject("select min(key) from source", String.class);
		var fields = FormFields.of(sources.form(key));
		race("/sources/" + key + "/edit", i -> FormFields.with(fields, "title", yours(i)))
			.assertOneSavedAndEveryOtherEditorSeesTheirInput();
	}

	@Test
	void conflictingCorrectionsOfOnePosition() throws Exception {
		long id = jdbc.queryForObject("select min(id) from position", Long.class);
		var fields = FormFields.of(positions.form(id));
		race("/positions/" + id + "/edit", i -> FormFields.with(fields, "paraphrase", yours(i)))
			.assertOneSavedAndEveryOtherEditorSeesTheirInput();
	}

	@Test
	void conflictingCorrectionsOfOneEvent() throws Exception {
		String slug = jdbc.queryForObject("select min(slug) from event", String.class);
		var fields = FormFields.of(events.form(slug));
		race("/events/" + slug + "/edit", i -> FormFields.with(fields, "title", yours(i)))
			.assertOneSavedAndEveryOtherEditorSeesTheirInput();
	}

	/** Each editor's own "new version" form (its own token): each gets a draft or the conflict page, never a 500. */
	@Test
	void newVersionsFromOnePublishedVersionAtTheSameInstant() throws Exception {
		int before = drafts();
		Outcome outcome = race("/proposals/" + US + "/versions/new",
				i -> List.of(Map.entry("from", "1"), Map.entry("token", UUID.randomUUID().toString())));
		assertThat(outcome.serverErrors()).as("5xx answers").isEmpty();
		assertThat(outcome.saved()).isPositive();
		assertThat(outcome.saved() + outcome.conflicts().size()).isEqualTo(EDITORS);
		assertThat(drafts() - before).as("drafts made").isEqualTo(outcome.saved());
	}

	@Test
	void conflictingChangesOfOneAccount() throws Exception {
		LiveSession admin = LiveSession.loggedIn(port, "chief", "correct horse battery");
		var account = accounts.create("raced", "a long enough password", Role.EDITOR);
		String lockVersion = String.valueOf(account.lockVersion());
		race(admin, "/admin/users/" + account.id() + "/enabled",
				i -> List.of(Map.entry("lockVersion", lockVersion), Map.entry("enabled", "false")))
			.assertOneSavedAndNoServerError();
		long now = accounts.all().stream().filter(a -> a.id() == account.id()).findFirst().orElseThrow().lockVersion();
		race(admin, "/admin/users/" + account.id() + "/password",
				i -> List.of(Map.entry("lockVersion", String.valueOf(now)), Map.entry("password", "new password " + i)))
			.assertOneSavedAndNoServerError();
	}

	private static String yours(int editor) {
		return "Editor " + editor + " typed this wording (marker" + editor + "x)";
	}

	private String newDraft() {
		HttpResponse<String> created = editor.post("/proposals/" + US + "/versions/new",
				List.of(Map.entry("from", "1"), Map.entry("token", UUID.randomUUID().toString())));
		assertThat(created.statusCode()).isEqualTo(302);
		return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private int drafts() {
		return jdbc.queryForObject("select count(*) from proposal_version where status = 'DRAFT'", Integer.class);
	}

	private Outcome race(String path, IntFunction<List<Map.Entry<String, String>>> fields) throws Exception {
		return race(editor, path, fields);
	}

	/** Sends the fifty forms at once: every task waits at the gate until all are ready. */
	private Outcome race(LiveSession session, String path, IntFunction<List<Map.Entry<String, String>>> fields)
			throws Exception {
		CountDownLatch ready = new CountDownLatch(EDITORS);
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			String body = LiveSession.encode(fields.apply(i));
			answers.add(pool.submit(() -> {
				ready.countDown();
				gate.await();
				return session.post(path, body);
			}));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		gate.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			responses.add(answer.get(120, TimeUnit.SECONDS));
		}
		return new Outcome(responses);
	}

	private record Outcome(List<HttpResponse<String>> responses) {

		List<String> serverErrors() {
			return responses.stream().filter(r -> r.statusCode() >= 500)
				.map(r -> r.statusCode() + " " + r.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""))
				.toList();
		}

		long saved() {
			return responses.stream().filter(r -> r.statusCode() == 302).count();
		}

		List<HttpResponse<String>> conflicts() {
			return responses.stream().filter(r -> r.statusCode() == 409).toList();
		}

		void assertOneSavedAndNoServerError() {
			assertThat(serverErrors()).as("5xx answers").isEmpty();
			assertThat(saved()).as("saves that went through").isEqualTo(1);
			assertThat(conflicts()).as("conflict pages").hasSize(EDITORS - 1);
		}

		void assertOneSavedAndEveryOtherEditorSeesTheirInput() {
			assertOneSavedAndNoServerError();
			for (int i = 0; i < EDITORS; i++) {
				HttpResponse<String> response = responses.get(i);
				if (response.statusCode() == 409) {
					assertThat(response.body()).as("conflict page of editor %d", i)
						.contains("Someone else changed this meanwhile")
						.contains("marker" + i + "x");
				}
			}
		}

	}

}
