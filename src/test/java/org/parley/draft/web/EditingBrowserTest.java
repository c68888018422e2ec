package org.parley.draft.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.parley.security.Accounts;
import org.parley.security.Role;
import org.parley.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor logs in, starts version 2 of the E3 counter-proposal from version 1, rewrites
 * point 6, adds a point (HTMX appends the row without reloading), publishes after confirming, and sees the
 * changes against version 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditingBrowserTest {

	@Autowired
	Accounts accounts;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void newVersionEditedAndPublished() {
		// an account of its own, so this test shares the browser tests' context instead of starting one
		accounts.create("browsing-editor", "browser test password", Role.EDITOR);
		WebDriver driver = browser.driver();
		driver.get(url("/proposals/e3-counter-proposal/versions/new?from=1"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		driver.findElement(By.id("username")).sendKeys("browsing-editor");
		driver.findElement(By.id("password")).sendKeys("browser test password");
		// the login form in the page, not the search box in the header
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		// back where the editor wanted to go
		waitForPath(driver, "/proposals/e3-counter-proposal/versions/new");
		driver.findElement(By.xpath("//button[contains(., 'Create draft version 2')]")).click();
		waitForPath(driver, "/proposals/e3-counter-proposal/versions/2/edit");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Draft e3-counter-proposal@2");

		int six = rowLabelled(driver, "6");
		WebElement text = driver.findElement(By.id("points" + six + ".text"));
		text.clear();
		text.sendKeys("Ukraine's armed forces are capped at 800,000 in peacetime, and the editor says so.");

		int rows = driver.findElements(By.cssSelector("fieldset.point-row")).size();
		((JavascriptExecutor) driver).executeScript("window.parleyNotReloaded = true;");
		driver.findElement(By.id("add-point")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> d.findElements(By.cssSelector("fieldset.point-row")).size() == rows + 1);
		assertThat(((JavascriptExecutor) driver).executeScript("return window.parleyNotReloaded === true;"))
			.as("the row was added without reloading the page").isEqualTo(true);
		assertThat(driver.findElement(By.id("points" + six + ".text")).getAttribute("value"))
			.contains("the editor says so");
		driver.findElement(By.id("points" + rows + ".label")).sendKeys("29");
		driver.findElement(By.id("points" + rows + ".title")).sendKeys("Review after one year");
		driver.findElement(By.id("points" + rows + ".text")).sendKeys("The parties review the agreement after a year.");
		driver.findElement(By.xpath("//button[contains(., 'Save draft')]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Draft saved.");

		// the added row cites the version's sources until the editor unticks them
		assertThat(driver.findElements(By.cssSelector("input[name='points[" + rows + "].sources']:checked")))
			.isNotEmpty();

		// publishing saves the form, then asks for confirmation beside the changes
		driver.findElement(By.id("publish")).click();
		waitForPath(driver, "/proposals/e3-counter-proposal/versions/2/publish");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Publish e3-counter-proposal@2?");
		driver.findElement(By.id("publish-now")).click();
		waitForPath(driver, "/proposals/e3-counter-proposal/versions/2/changes");
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Version published");
		assertThat(driver.findElement(By.cssSelector(".lead")).getText())
			.isEqualTo("Against e3-counter-proposal@1, point by point.");
		List<String> inserted = driver.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
		assertThat(inserted).anySatisfy(s -> assertThat(s).contains("the editor says so"))
			.contains("Review after one year", "The parties review the agreement after a year.");
		assertThat(driver.findElement(By.cssSelector(".change-counts")).getText()).contains("added: 1")
			.contains("revised: 1");
	}

	/** The index of the draft row whose label is {@code label}. */
	private static int rowLabelled(WebDriver driver, String label) {
		List<WebElement> labels = driver.findElements(By.cssSelector("input[id$='.label']"));
		for (WebElement input : labels) {
			if (label.equals(input.getAttribute("value"))) {
				return Integer.parseInt(input.getAttribute("id").replaceAll("\\D", ""));
			}
		}
		throw new AssertionError("No point labelled " + label);
	}

	private static void waitForPath(WebDriver driver, String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
