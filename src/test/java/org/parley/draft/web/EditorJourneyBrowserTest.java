package org.parley.draft.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole editor journey in a browser with JavaScript: a new version from the previous one,
 * a point revised, a point added (HTMX) whose topic and link to another proposal's point are
 * chosen with the pickers by keyboard, a new source added inline and ticked for the point,
 * "Publish…" and its confirmation; then a visitor sees the point, its source and its alignment
 * in /compare. (Without JavaScript, and the export of the result: EditorJourneyWithoutJavaScriptTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorJourneyBrowserTest {

	static final String PLAN = "us-settlement-timetable-2026";

	static final String E3_7 = "e3-counter-proposal@1#7";

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anEditorMakesAVersionWithPickersLinksAndAnInlineSourceAndAVisitorSeesItAligned() {
		// an account of its own, so this test shares the browser tests' context instead of starting one
		accounts.create("journey-editor", "browser test password", Role.EDITOR);
		WebDriver driver = browser.driver();
		driver.get(url("/proposals/" + PLAN + "/versions/new?from=1"));
		driver.findElement(By.id("username")).sendKeys("journey-editor");
		driver.findElement(By.id("password")).sendKeys("browser test password");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForPath(driver, "/proposals/" + PLAN + "/versions/new");
		driver.findElement(By.xpath("//button[contains(., 'Create draft version 2')]")).click();
		waitForPath(driver, "/proposals/" + PLAN + "/versions/2/edit");

		WebElement first = driver.findElement(By.id("points0.text"));
		first.clear();
		first.sendKeys("The war is to end by June, the editor's revision says.");

		int row = driver.findElements(By.cssSelector("fieldset.point-row")).size();
		driver.findElement(By.id("add-point")).click();
		wait(driver).until(d -> d.findElements(By.cssSelector("fieldset.point-row")).size() == row + 1);
		driver.findElement(By.id("points" + row + ".label")).sendKeys("u4");
		driver.findElement(By.id("points" + row + ".title")).sendKeys("Alliance membership left to the allies");
		driver.findElement(By.id("points" + row + ".text")).sendKeys("Membership is for the allies to decide.");

		// the added row's pickers work: a topic and a point of another proposal, by keyboard
		assertThat(pick(driver, "pick-points-" + row + "-topics", "nato membership", "nato")).isEqualTo("nato");
		assertThat(pick(driver, "pick-points-" + row + "-linkTo", "e3 7 nato", E3_7)).isEqualTo(E3_7);

		// a new source, added without leaving the form: the whole form comes back with it chosen
		driver.findElement(By.cssSelector("#new-source summary")).click();
		driver.findElement(By.id("newSource.title")).sendKeys("Allies asked about the June timetable");
		driver.findElement(By.id("newSource.publisher")).sendKeys("A wire");
		driver.findElement(By.id("newSource.url")).sendKeys("https://example.org/june");
		driver.findElement(By.id("newSource.key")).sendKeys("journey-june-wire");
		((JavascriptExecutor) driver).executeScript("document.getElementById('newSource.publishedOn').value = '2026-02-10';");
		new Select(driver.findElement(By.id("newSource.reliability"))).selectByValue("REPUTABLE_MEDIA");
		driver.findElement(By.xpath("//button[normalize-space(.)='Add this source']")).click();
		wait(driver).until(d -> !d.findElements(By.cssSelector("#pick-sources-chips input[value='journey-june-wire']")).isEmpty());
		assertThat(driver.findElement(By.id("points" + row + ".title")).getAttribute("value"))
			.isEqualTo("Alliance membership left to the allies");
		assertThat(driver.findElement(By.id("points0.text")).getAttribute("value")).contains("the editor's revision");
		assertThat(driver.findElements(By.cssSelector("#pick-points-" + row + "-topics-chips input[value='nato']"))).hasSize(1);
		assertThat(new Select(driver.findElement(By.id("points" + row + ".links0.kind"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("ANSWERS");
		WebElement cite = driver.findElement(
				By.cssSelector("input[name='points[" + row + "].sources'][value='journey-june-wire']"));
		cite.sendKeys(Keys.SPACE);
		assertThat(cite.isSelected()).isTrue();

		driver.findElement(By.id("publish")).click();
		waitForPath(driver, "/proposals/" + PLAN + "/versions/2/publish");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("Point u4: aligned with " + E3_7 + " (answers)");
		driver.findElement(By.id("publish-now")).click();
		waitForPath(driver, "/proposals/" + PLAN + "/versions/2/changes");

		// a visitor
		driver.manage().deleteAllCookies();
		driver.get(url("/proposals/" + PLAN + "/versions/2/points/u4"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Alliance membership left to the allies")
			.contains("A wire (reputable media)")
			.contains("this point answers E3 (UK–France–Germany) counter-proposal to the US 28-point plan v1 · point 7");
		driver.get(url("/compare?versions=" + PLAN + "@2,e3-counter-proposal@1"));
		// the rows with point links (a row without any would cost the implicit wait to find none)
		List<WebElement> rows = driver.findElements(By.xpath("//tr[.//a[contains(concat(' ', @class, ' '), ' point-label ')]]"));
		assertThat(rows).as("the new point and %s in one row of /compare", E3_7)
			.anySatisfy(tr -> assertThat(tr.findElements(By.cssSelector("a.point-label")))
				.extracting(a -> a.getAttribute("href"))
				.anySatisfy(href -> assertThat(href).endsWith("/proposals/" + PLAN + "/versions/2/points/u4"))
				.anySatisfy(href -> assertThat(href).endsWith("/proposals/e3-counter-proposal/versions/1/points/7")));
		assertThat(jdbc.queryForObject("""
				select l.kind from point_link l join point p on p.id = l.from_point_id
				join proposal_version v on v.id = p.version_id join proposal pr on pr.id = v.proposal_id
				where pr.slug = ? and v.number = 2 and p.label = 'u4'""", String.class, PLAN)).isEqualTo("ANSWERS");
	}

	/**
	 * Types words in the picker's search box, waits for the matches, goes down them with the arrow
	 * key to the one whose value is {@code wanted} and presses Enter; returns the chip's value.
	 */
	private static String pick(WebDriver driver, String picker, String words, String wanted) {
		WebElement query = driver.findElement(By.id(picker + "-q"));
		query.sendKeys(words);
		wait(driver).until(d -> !d.findElements(By.cssSelector("#" + picker + "-results .pick-match")).isEmpty());
		query.sendKeys(Keys.ARROW_DOWN);
		WebElement match = driver.switchTo().activeElement();
		for (int i = 0; i < 20 && !wanted.equals(match.getAttribute("data-value")); i++) {
			match.sendKeys(Keys.ARROW_DOWN);
			match = driver.switchTo().activeElement();
		}
		assertThat(match.getAttribute("data-value")).isEqualTo(wanted);
		match.sendKeys(Keys.ENTER);
		wait(driver).until(d -> !d.findElements(By.cssSelector("#" + picker + "-chips input[type=hidden]")).isEmpty());
		return driver.findElement(By.cssSelector("#" + picker + "-chips input[type=hidden]")).getAttribute("value");
	}

	private static WebDriverWait wait(WebDriver driver) {
		// the machine is shared and slow at times
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	private static void waitForPath(WebDriver driver, String path) {
		wait(driver).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
