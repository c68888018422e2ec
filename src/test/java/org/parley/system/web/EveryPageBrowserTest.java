package org.parley.system.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.Axe;
import org.parley.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type on a 390 px phone: nothing scrolls sideways and axe-core finds no WCAG 2.1
 * A/AA violation: reading and analyst pages and the error pages as a visitor, then the editor's
 * forms, each also with its validation errors shown. Two browsers walk at once, the visitor's
 * and the editor's (the tests of one browser hold its lock), each walk with one report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Execution(ExecutionMode.CONCURRENT)
class EveryPageBrowserTest {

	private static final String PASSWORD = "every page browser password";

	private static final String US = "us-28-point-plan";

	/** A draft of its own; EditingBrowserTest drafts the E3 counter-proposal, the keyboard test the US plan. */
	private static final String DRAFTED = "ukraine-20-point-plan";

	private static final String VISITOR_BROWSER = "the visitor's browser";

	private static final String EDITOR_BROWSER = "the editor's browser";

	@RegisterExtension
	static Browser browser = new Browser();

	@RegisterExtension
	static Browser editorBrowser = new Browser();

	@Autowired
	Accounts accounts;

	@LocalServerPort
	int port;

	private final List<String> problems = new ArrayList<>();

	/** The browser of the walk under way (each test method has an instance of its own). */
	private WebDriver driver;

	/** The reading and analyst pages and the error pages, as a visitor. */
	@Test
	@ResourceLock(VISITOR_BROWSER)
	void everyReadingPageFitsAPhoneAndBreaksNoAccessibilityRule() {
		driver = browser.driver();
		phone(driver);
		driver.manage().deleteAllCookies();
		driver.manage().logs().get(LogType.BROWSER);

		for (String path : List.of("/", "/proposals", "/proposals/" + US, "/proposals/" + US + "/versions/1",
				"/proposals/" + US + "/versions/1/points/6", "/compare",
				"/compare?versions=" + US + "@1,e3-counter-proposal@1,ukraine-20-point-plan@1",
				"/diff?from=" + US + "@1&to=e3-counter-proposal@1", "/positions", "/positions?version=" + US + "@1",
				"/positions/statements?party=ukraine&version=" + US + "@1", "/parties", "/topics", "/events", "/sources",
				"/search?q=NATO", "/login", "/no-such-page", "/proposals/no-such-plan", "/diff?from=nonsense&to=@",
				"/measures", "/proposals/" + US + "/versions/1?lang=en,uk",
				"/compare?versions=" + US + "@1,ukraine-20-point-plan@1&lang=uk", "/proposals/" + US + "/versions/1?lang=xx")) {
			check(path);
		}
		// the interface in Ukrainian (the switch sets a cookie), then back to English
		for (String path : List.of("/?ui=uk", "/proposals/" + US + "/versions/1", "/compare?versions=" + US
				+ "@1,e3-counter-proposal@1", "/no-such-page", "/?ui=ru", "/?ui=en")) {
			check(path);
		}
		for (String list : List.of("/parties", "/topics", "/events", "/sources")) {
			check(firstLinkOn(list, list + "/"));
		}
		assertThat(problems).as("pages that overflow a phone or break WCAG 2.1 AA:%n%s", String.join("\n", problems))
			.isEmpty();
	}

	/**
	 * The editor's pages and forms, each form also with its validation errors shown: in a
	 * browser of its own, beside the visitor's walk (axe is the cost of both).
	 */
	@Test
	@ResourceLock(EDITOR_BROWSER)
	void everyEditingPageFitsAPhoneAndBreaksNoAccessibilityRule() {
		accounts.create("every-page-admin", PASSWORD, Role.ADMIN);
		driver = editorBrowser.driver();
		phone(driver);
		driver.manage().deleteAllCookies();
		driver.manage().logs().get(LogType.BROWSER);

		logIn(driver);
		String sourcePage = firstLinkOn("/sources", "/sources/");
		String eventPage = firstLinkOn("/events", "/events/");
		driver.get(url("/positions"));
		driver.get(driver.findElement(By.cssSelector("table.matrix a.stance")).getAttribute("href"));
		String positionEdit = "/positions/" + driver.findElement(By.cssSelector("main [id^='position-']"))
			.getAttribute("id")
			.substring("position-".length()) + "/edit";
		for (String path : List.of("/proposals/" + US + "/versions/1/history", sourcePage + "/history",
				eventPage + "/history", "/admin/users", positionEdit, sourcePage + "/edit", eventPage + "/edit",
				"/proposals/" + US + "/versions/new?from=%FF")) {
			check(path);
		}
		for (String path : List.of("/drafts", "/parties/russia/edit", "/parties/russia/delete", "/topics/nato/edit",
				"/parties/russia/history")) {
			check(path);
		}
		for (String form : List.of("/proposals/new", "/sources/new", "/events/new", "/positions/new", "/parties/new",
				"/people/new", "/topics/new", "/measures/new")) {
			check(form);
			submit(driver);
			assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).as("errors shown on %s", form)
				.isNotEmpty();
			check(form + " with errors", driver);
		}

		driver.get(url("/proposals/" + DRAFTED + "/versions/new?from=1"));
		check("/proposals/" + DRAFTED + "/versions/new?from=1", driver);
		submit(driver);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/edit"));
		String draft = java.net.URI.create(driver.getCurrentUrl()).getPath().replace("/edit", "");
		check("draft editor", driver);
		WebElement label = driver.findElement(By.id("points0.label"));
		label.clear();
		js(driver, "arguments[0].click();", driver.findElement(By.xpath("//button[contains(., 'Save draft')]")));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(label));
		assertThat(driver.findElement(By.id("points0.label")).getAttribute("aria-invalid")).isEqualTo("true");
		check("draft editor with errors", driver);
		check(draft + "/changes");
		check(draft + "/paste");
		check(draft + "/edit/texts");
		check(draft + "/publish");
		check(draft + "/discard");

		assertThat(problems).as("pages that overflow a phone or break WCAG 2.1 AA:%n%s", String.join("\n", problems))
			.isEmpty();
	}

	/** The matrix scrolls inside its box, its party column and header stay put, and the page itself does not scroll sideways. */
	@Test
	@ResourceLock(VISITOR_BROWSER)
	void thePositionsMatrixScrollsInsideItsBoxWithItsPartiesAndTopicsInView() {
		driver = browser.driver();
		for (int width : List.of(1400, 390)) {
			((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
			driver.get(url("/positions"));
			assertThat(fitsTheWindow(driver)).as("/positions at %d px", width).isTrue();
			WebElement box = driver.findElement(By.cssSelector(".matrix-scroll"));
			assertThat(js(driver, "return arguments[0].scrollWidth > arguments[0].clientWidth;", box))
				.as("24 topics are wider than the screen at %d px: the box scrolls", width).isEqualTo(true);
			assertThat(js(driver, "return getComputedStyle(arguments[0]).position;",
					driver.findElement(By.cssSelector("table.matrix tbody th")))).isEqualTo("sticky");
			assertThat(js(driver, "return getComputedStyle(arguments[0]).position;",
					driver.findElement(By.cssSelector("table.matrix thead th:nth-child(2)")))).isEqualTo("sticky");
			// scrolled to the last topic, the party names are still where they were
			WebElement party = driver.findElement(By.cssSelector("table.matrix tbody th"));
			int left = party.getRect().getX();
			js(driver, "arguments[0].scrollLeft = arguments[0].scrollWidth;", box);
			assertThat(party.getRect().getX()).isEqualTo(left);
		}
	}

	/** On a phone, /compare shows the comparison first (its form folded) and each provision as a card of stacked versions. */
	@Test
	@ResourceLock(VISITOR_BROWSER)
	void theComparisonComesFirstOnAPhoneOneProvisionACard() {
		driver = browser.driver();
		phone(driver);
		driver.get(url("/compare?versions=" + US + "@1,e3-counter-proposal@1"));
		assertThat(driver.findElement(By.cssSelector("details.compare-form-fold")).getAttribute("open")).isNull();
		assertThat(driver.findElement(By.id("version-1")).isDisplayed()).isFalse();
		WebElement row = driver.findElement(By.cssSelector("table.comparison tbody tr"));
		assertThat(js(driver, "return getComputedStyle(arguments[0]).display;", row)).isEqualTo("block");
		List<WebElement> cells = row.findElements(By.tagName("td"));
		assertThat(cells.get(1).getRect().getY()).as("the second version below the first")
			.isGreaterThan(cells.get(0).getRect().getY());
		assertThat(cells.get(0).findElement(By.className("cell-version")).getText()).endsWith(US + "@1");
		assertThat(fitsTheWindow(driver)).isTrue();

		driver.findElement(By.cssSelector("details.compare-form-fold > summary")).click();
		assertThat(driver.findElement(By.id("version-1")).isDisplayed()).isTrue();
	}

	/** An editor saves a draft with the keyboard alone: Tab to a field, type, Enter. */
	@Test
	@ResourceLock(VISITOR_BROWSER)
	void aDraftIsFilledAndSavedWithTheKeyboardAlone() {
		accounts.create("keyboard-editor", PASSWORD, Role.EDITOR);
		driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/proposals/" + US + "/versions/new?from=1"));
		tabTo(driver, e -> "username".equals(e.getAttribute("id"))).sendKeys("keyboard-editor");
		tabTo(driver, e -> "password".equals(e.getAttribute("id"))).sendKeys(PASSWORD, Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/versions/new"));

		tabTo(driver, e -> e.getText().startsWith("Create draft version")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/edit"));
		String draft = java.net.URI.create(driver.getCurrentUrl()).getPath();
		tabTo(driver, e -> "points0.title".equals(e.getAttribute("id")))
			.sendKeys(Keys.END, " (typed with the keyboard)");
		tabTo(driver, e -> "points0.text".equals(e.getAttribute("id")))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " The keyboard wrote this sentence.");
		// Enter in a one-line field saves the form (its first, default button is Save), as in any
		// form; Tab to the Save button at the end would pass every point's source checkboxes first
		driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("points0.title");
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Draft saved.");

		driver.get(url(draft));
		assertThat(driver.findElement(By.id("points0.title")).getAttribute("value")).endsWith("(typed with the keyboard)");
		assertThat(driver.findElement(By.id("points0.text")).getAttribute("value"))
			.endsWith("The keyboard wrote this sentence.");
	}

	/** Presses Tab until the focused element is the one wanted; fails if the keyboard never reaches it. */
	private static WebElement tabTo(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
		for (int presses = 0; presses < 400; presses++) {
			WebElement focused = driver.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached the element on " + driver.getCurrentUrl());
	}

	private void check(String path) {
		driver.get(url(path));
		check(path, driver);
	}

	private void check(String what, WebDriver driver) {
		if (!fitsTheWindow(driver)) {
			problems.add(what + ": scrolls sideways on a 390 px screen ("
					+ js(driver, "return document.documentElement.scrollWidth;") + " px wide)");
		}
		for (String violation : Axe.violations(driver)) {
			problems.add(what + ": " + violation);
		}
		// the console: a missing favicon, a script or style the Content-Security-Policy refused
		String page = driver.getCurrentUrl();
		driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter(entry -> !entry.getMessage().startsWith(page + " ")) // an error page's own status
			.forEach(entry -> problems.add(what + ": console: " + entry.getMessage()));
	}

	private static boolean fitsTheWindow(WebDriver driver) {
		return Boolean.TRUE.equals(js(driver, "return document.documentElement.scrollWidth <= window.innerWidth;"));
	}

	/** A phone's screen, as Chromium's device emulation gives it: 390 CSS pixels wide, the viewport meta honoured. */
	private static void phone(WebDriver driver) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	private void logIn(WebDriver driver) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys("every-page-admin");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Sends the page's main form (the last submit button of the forms in main) as it stands. */
	private static void submit(WebDriver driver) {
		String before = driver.getCurrentUrl();
		List<WebElement> buttons = driver.findElements(By.cssSelector("main form[method=post] button[type=submit]"));
		buttons.get(buttons.size() - 1).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> "complete".equals(js(d, "return document.readyState;")) && (!d.getCurrentUrl().equals(before)
					|| !d.findElements(By.cssSelector("[aria-invalid=true], .error-summary")).isEmpty()));
	}

	/** The path of the first link on a page whose path starts with {@code prefix} and ends with {@code suffix}. */
	private String firstLinkOn(String page, String prefix, String... suffix) {
		driver.get(url(page));
		String end = suffix.length == 0 ? "" : suffix[0];
		Object path = js(driver, """
				const link = [...document.querySelectorAll('main a[href]')].map(a => new URL(a.href).pathname)
				  .find(p => p.startsWith(arguments[0]) && p.length > arguments[0].length && p.endsWith(arguments[1])
				    && !p.endsWith('/new'));
				return link || null;
				""", prefix, end);
		assertThat(path).as("a link to %s…%s on %s", prefix, end, page).isNotNull();
		return (String) path;
	}

	private static Object js(WebDriver driver, String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
