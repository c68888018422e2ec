package org.parley.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.parley.draft.DraftReading;
import org.parley.draft.Drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A screen-reader user who sends a form with mistakes hears which fields are wrong and why:
 * every control with an error says {@code aria-invalid="true"} and names its error messages,
 * which exist on the page, in {@code aria-describedby}, on every editing form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class FieldErrorsTest {

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b[^>]*>");

	private static final Pattern INVALID = Pattern.compile("\\baria-invalid=\"true\"");

	private static final Pattern DESCRIBED_BY = Pattern.compile("\\baria-describedby=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Drafts drafts;

	@Autowired
	DraftReading reading;

	@Test
	void theSourceFormNamesBothErrorsOfAFieldWithTwoMistakes() throws Exception {
		String page = page(post("/sources/new").with(EDITOR).param("key", "Not A Key".repeat(10))
			.param("token", UUID.randomUUID().toString()));
		assertThat(describedBy(page, "key")).isEqualTo("key-help key-error key-error-2");
		assertThat(page).contains("id=\"key-error\"").contains("id=\"key-error-2\"");
		assertThat(describedBy(page, "publisher")).isEqualTo("publisher-error");
		assertThat(page).contains("<label for=\"publisher\">Publisher</label>");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 5);
	}

	@Test
	void theEventForm() throws Exception {
		String page = page(post("/events/new").with(EDITOR).param("token", UUID.randomUUID().toString()));
		assertThat(describedBy(page, "title")).isEqualTo("title-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 3);
	}

	@Test
	void thePositionForm() throws Exception {
		String page = page(post("/positions/new").with(EDITOR).param("token", UUID.randomUUID().toString()));
		assertThat(describedBy(page, "paraphrase")).isEqualTo("paraphrase-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 4);
	}

	@Test
	void theNewProposalForm() throws Exception {
		String page = page(post("/proposals/new").with(EDITOR).param("token", UUID.randomUUID().toString()));
		assertThat(describedBy(page, "slug")).isEqualTo("slug-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 3);
	}

	@Test
	void theDraftFormIncludingItsPointRows() throws Exception {
		String path = drafts.createFrom("us-28-point-plan", 1, null);
		String[] parts = path.split("/");
		long lockVersion = reading.form(parts[2], Integer.parseInt(parts[4])).getLockVersion();
		String page = page(post(path).with(EDITOR)
			.param("lockVersion", Long.toString(lockVersion))
			.param("title", "")
			.param("points[0].label", "not a label!")
			.param("points[0].title", "A title")
			.param("points[0].text", "A text"));
		assertThat(describedBy(page, "title")).isEqualTo("title-error");
		assertThat(describedBy(page, "points0.label")).isEqualTo("points[0].label-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 2);
	}

	@Test
	void theAdminUsersForm() throws Exception {
		String page = page(post("/admin/users").with(ADMIN).param("username", "x").param("password", "short"));
		assertThat(describedBy(page, "password")).isEqualTo("password-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 2);
	}

	@Test
	void theLoginFormAfterAFailedLogin() throws Exception {
		String page = page(get("/login").param("error", ""));
		assertThat(describedBy(page, "username")).isEqualTo("login-error");
		assertThat(describedBy(page, "password")).isEqualTo("login-error");
		assertThatEveryInvalidControlNamesErrorsOnThePage(page, 2);
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.doesNotContain("aria-invalid");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The aria-describedby of the control with this id. */
	private static String describedBy(String page, String id) {
		Matcher control = CONTROL.matcher(page);
		while (control.find()) {
			if (control.group().contains(" id=\"" + id + "\"")) {
				assertThat(control.group()).as(id).containsPattern(INVALID);
				Matcher m = DESCRIBED_BY.matcher(control.group());
				return m.find() ? m.group(1) : null;
			}
		}
		throw new AssertionError("no control with id " + id);
	}

	private static void assertThatEveryInvalidControlNamesErrorsOnThePage(String page, int atLeast) {
		List<String> invalid = new ArrayList<>();
		Matcher control = CONTROL.matcher(page);
		while (control.find()) {
			if (INVALID.matcher(control.group()).find()) {
				invalid.add(control.group());
				Matcher m = DESCRIBED_BY.matcher(control.group());
				assertThat(m.find()).as(control.group()).isTrue();
				for (String id : m.group(1).split(" ")) {
					assertThat(page).as(control.group()).contains(" id=\"" + id + "\"");
				}
			}
		}
		assertThat(invalid).hasSizeGreaterThanOrEqualTo(atLeast);
	}

}
