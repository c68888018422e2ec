package org.parley.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "parley.admin.username=chief", "parley.admin.password=correct horse battery" })
@AutoConfigureMockMvc
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	JdbcTemplate jdbc;

	/** Every mapped handler that writes, or shows an editor's page, refuses an anonymous visitor. */
	@Test
	void everyWritingHandlerRefusesAnonymousRequests() throws Exception {
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue; // Boot's error page answers every method and writes nothing
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				boolean editorPage = EditorPages.isEditorPage(path) || path.startsWith("/admin");
				assertThat(editorPage).as("%s: URL rules and @PreAuthorize agree", pattern)
					.isEqualTo(guardedByMethodSecurity(entry.getValue()));
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
					boolean writes = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
							RequestMethod.DELETE).contains(method);
					if (!writes && !(editorPage && method == RequestMethod.GET)) {
						continue;
					}
					MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(csrf()))
						.andReturn();
					int status = result.getResponse().getStatus();
					String location = result.getResponse().getRedirectedUrl();
					assertThat(status == 403 || status == 401 || (status == 302 && location != null
							&& location.endsWith("/login")))
						.as("anonymous %s %s answered %s %s", method, path, status, location)
						.isTrue();
					checked.add(method + " " + path);
				}
			}
		}
		assertThat(checked).contains("POST /proposals/1/versions/new", "GET /proposals/1/versions/1/edit",
				"GET /proposals/new", "GET /sources/new", "GET /positions/1/edit", "GET /sources/1/history",
				"GET /admin/users", "GET /proposals/1/versions/1/edit/point", "POST /events/1/edit",
				"POST /proposals/1/versions/1/edit", "POST /proposals/1/versions/1/publish", "POST /admin/users",
				"GET /drafts", "GET /proposals/1/versions/1/publish", "GET /proposals/1/versions/1/discard",
				"GET /pick/1");
	}

	/**
	 * The second line: called past the URL rules (as a routing mistake would), an editing
	 * handler still refuses a visitor who is not logged in.
	 */
	@Test
	void editingHandlersRefuseAnonymousCallersEvenPastTheUrlRules() throws Exception {
		List<String> refused = new ArrayList<>();
		for (HandlerMethod handler : handlerMapping.getHandlerMethods().values()) {
			if (!guardedByMethodSecurity(handler)) {
				continue;
			}
			Object bean = context.getBean((String) handler.getBean());
			Method method = handler.getMethod();
			method.setAccessible(true);
			Object[] args = new Object[method.getParameterCount()];
			for (int i = 0; i < args.length; i++) {
				Class<?> type = method.getParameterTypes()[i];
				args[i] = type == int.class ? 1 : type == long.class ? 1L : type == boolean.class ? false : null;
			}
			SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
			try {
				assertThatThrownBy(() -> method.invoke(bean, args)).as(method.toString())
					.hasCauseInstanceOf(AccessDeniedException.class);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			refused.add(handler.getBeanType().getSimpleName() + "." + method.getName());
		}
		assertThat(refused).contains("DraftController.edit", "DraftController.changes", "HistoryController.version",
				"PasteController.paste", "NewProposalController.newProposal", "SourceEditingController.newSource",
				"PositionEditingController.newPosition", "EventEditingController.newEvent", "AdminUsersController.list",
				"OpenDraftsController.drafts", "DraftController.confirmPublishing", "PickController.search");
	}

	private static boolean guardedByMethodSecurity(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class);
	}

	@Test
	void readingIsOpenToEveryone() throws Exception {
		for (String path : List.of("/", "/proposals", "/proposals/us-28-point-plan/versions/1", "/compare", "/diff",
				"/positions", "/parties/us", "/topics/nato", "/events", "/sources", "/sources/x",
				"/css/parley.css", "/webjars/htmx.org/dist/htmx.min.js", "/actuator/health", "/login")) {
			int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isNotIn(401, 403, 302);
		}
	}

	@Test
	void formsRequireTheCsrfToken() throws Exception {
		mvc.perform(post("/admin/users").with(user("chief").roles("ADMIN")).param("username", "someone")
			.param("password", "long enough password").param("role", "EDITOR"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		assertThat(accounts.exists("someone")).isFalse();
	}

	@Test
	void theFirstAdminComesFromTheConfigurationAndCanLogIn() throws Exception {
		assertThat(accounts.all()).anySatisfy(a -> {
			assertThat(a.username()).isEqualTo("chief");
			assertThat(a.role()).isEqualTo(Role.ADMIN);
		});
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'chief'", String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
		MvcResult login = mvc.perform(formLogin("/login").user("chief").password("correct horse battery")).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
		// the session lives in PostgreSQL (Spring Session), found again through its cookie
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String sessionId = new String(java.util.Base64.getDecoder().decode(session.getValue()));
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				sessionId)).isEqualTo("chief");
		assertThat(mvc.perform(get("/admin/users").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void loggingInGivesTheSessionANewIdSoAPlantedOneIsWorthless() throws Exception {
		Cookie planted = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(planted).isNotNull();
		MvcResult login = mvc.perform(post("/login").param("username", "chief").param("password", "correct horse battery")
			.with(csrf()).cookie(planted)).andReturn();
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(planted.getValue());
		assertThat(mvc.perform(get("/admin/users").cookie(planted)).andReturn().getResponse().getStatus())
			.isNotEqualTo(200);
	}

	@Test
	void editorsCannotManageAccounts() throws Exception {
		assertThat(mvc.perform(get("/admin/users").with(user("ed").roles("EDITOR"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void guessingSlowsDownThatNameFromThatAddressButLocksNobodyOut() throws Exception {
		accounts.create("target", "the right password", Role.EDITOR);
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
			assertThat(login("target", "guess " + i, "10.0.0.66")).endsWith("/login?error");
		}
		// turned away before the password is checked, even the right one
		assertThat(login("target", "the right password", "10.0.0.66")).endsWith("/login?wait");
		// the owner, elsewhere, logs in
		assertThat(login("target", "the right password", "10.0.0.7")).doesNotContain("login");
		// and a moment later the same address may try again
		jdbc.update("update login_throttle set last_failure_at = last_failure_at - interval '3 seconds'");
		assertThat(login("target", "the right password", "10.0.0.66")).doesNotContain("login");
	}

	@Test
	void anAttackerHammeringTheAdminNeverKeepsTheAdminOut() throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			answers.add(login("chief", "guess " + i, "10.0.3.66"));
		}
		assertThat(answers).allMatch(a -> a.endsWith("/login?error") || a.endsWith("/login?wait"))
			.anyMatch(a -> a.endsWith("/login?wait"));
		assertThat(login("chief", "correct horse battery", "10.0.3.7")).doesNotContain("login");
	}

	@Test
	void unknownAndExistingNamesGetTheSameAnswers() throws Exception {
		accounts.create("existing.name", "the right password", Role.EDITOR);
		List<String> existing = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER + 2; i++) {
			existing.add(login("existing.name", "guess " + i, "10.0.1.1"));
			unknown.add(login("no.such.name", "guess " + i, "10.0.1.2"));
		}
		assertThat(existing).isEqualTo(unknown).contains("/login?error", "/login?wait");
	}

	@Test
	void oneAddressTryingManyNamesIsSlowedDown() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			assertThat(login("name" + i, "guess", "10.0.2.2")).endsWith("/login?error");
		}
		assertThat(login("chief", "correct horse battery", "10.0.2.2")).endsWith("/login?wait");
		assertThat(login("chief", "correct horse battery", "10.0.2.3")).doesNotContain("login");
	}

	@Test
	void theLoginPageSaysWhenToWait() throws Exception {
		assertThat(mvc.perform(get("/login").param("wait", "")).andReturn().getResponse().getContentAsString())
			.contains("Too many attempts: try again in a moment.");
	}

	private String login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		MvcResult result = mvc.perform(get("/login")).andReturn();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void onlySwaggerUiMayUseItsOneInlineStyle() throws Exception {
		String swaggerUi = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(swaggerUi).contains("style-src 'self' 'sha256-").contains("script-src 'self';")
			.doesNotContain("unsafe");
		for (String page : List.of("/login", "/api/v1/proposals", "/v3/api-docs", "/proposals")) {
			assertThat(mvc.perform(get(page)).andReturn().getResponse().getHeader("Content-Security-Policy")).as(page)
				.contains("style-src 'self';")
				.doesNotContain("sha256");
		}
	}

	@Test
	void adminAddsEditorsDisablesThemAndResetsTheirPasswords() throws Exception {
		var admin = user("chief").roles("ADMIN");
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "new.editor")
			.param("password", "a long first password").param("role", "EDITOR"));
		Accounts.Account added = accounts.all().stream().filter(a -> a.username().equals("new.editor")).findFirst()
			.orElseThrow();
		assertThat(added.enabled()).isTrue();
		assertThat(loginRedirect("new.editor", "a long first password")).doesNotContain("error");

		mvc.perform(post("/admin/users/{id}/password", added.id()).with(admin).with(csrf())
			.param("lockVersion", String.valueOf(added.lockVersion())).param("password", "a long second password"));
		assertThat(loginRedirect("new.editor", "a long first password")).contains("error");
		assertThat(loginRedirect("new.editor", "a long second password")).doesNotContain("error");

		long lockVersion = accounts.all().stream().filter(a -> a.id() == added.id()).findFirst().orElseThrow()
			.lockVersion();
		mvc.perform(post("/admin/users/{id}/enabled", added.id()).with(admin).with(csrf())
			.param("lockVersion", String.valueOf(lockVersion)).param("enabled", "false"));
		assertThat(loginRedirect("new.editor", "a long second password")).contains("error");
	}

	@Test
	void theLastEnabledAdminCannotBeDisabled() throws Exception {
		var admin = user("chief").roles("ADMIN");
		Accounts.Account second = accounts.create("second.admin", "another long password", Role.ADMIN);
		// with two admins, one may go
		mvc.perform(post("/admin/users/{id}/enabled", second.id()).with(admin).with(csrf())
			.param("lockVersion", String.valueOf(second.lockVersion())).param("enabled", "false"));
		assertThat(account("second.admin").enabled()).isFalse();

		Accounts.Account chief = account("chief");
		MvcResult refused = mvc.perform(post("/admin/users/{id}/enabled", chief.id()).with(admin).with(csrf())
			.param("lockVersion", String.valueOf(chief.lockVersion())).param("enabled", "false")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString())
			.contains("chief is the last enabled admin and stays enabled");
		assertThat(account("chief").enabled()).isTrue();
		assertThat(loginRedirect("chief", "correct horse battery")).doesNotContain("error");
	}

	@Test
	void theConfiguredAdminPasswordIsTheWayBackIn(CapturedOutput output) throws Exception {
		// however it happened: the bootstrap admin is disabled, demoted and its password forgotten
		jdbc.update("update app_user set enabled = false, role = 'EDITOR', password_hash = '{bcrypt}$2a$10$forgottenforgottenforgottenforgottenforgottenforgottenfo' "
				+ "where username = 'chief'");
		assertThat(loginRedirect("chief", "correct horse battery")).contains("error");

		bootstrap.run(null); // what every start does

		assertThat(output).contains("Restored admin account 'chief'").contains("enabled it")
			.contains("made it an admin").contains("set its password").doesNotContain("correct horse battery");
		assertThat(account("chief").enabled()).isTrue();
		assertThat(account("chief").role()).isEqualTo(Role.ADMIN);
		assertThat(loginRedirect("chief", "correct horse battery")).doesNotContain("error");
	}

	private Accounts.Account account(String username) {
		return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
	}

	@Test
	void aNewAccountIsValidatedNextToItsFields() throws Exception {
		String page = mvc.perform(post("/admin/users").with(user("chief").roles("ADMIN")).with(csrf())
			.param("username", "<b>x").param("password", "short").param("role", "EDITOR"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("3 to 60 letters").contains("At least 12").contains("&lt;b&gt;x");
	}

	private String loginRedirect(String username, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
			.getRedirectedUrl();
	}

}
