package org.parley.pick.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
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
 * An editor records a position with the pickers and the keyboard: types a few words, goes down
 * to a match and adds it with Enter, removes a chip, and saves; the position holds what the
 * chips showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PickerBrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aPositionIsRecordedWithPickersByKeyboard() {
		// an account of its own, so this test shares the browser tests' context instead of starting one
		accounts.create("picking-editor", "browser test password", Role.EDITOR);
		WebDriver driver = browser.driver();
		driver.get(url("/positions/new?point=us-28-point-plan@1%236"));
		driver.findElement(By.id("username")).sendKeys("picking-editor");
		driver.findElement(By.id("password")).sendKeys("browser test password");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/positions/new"));

		assertThat(pickFirstMatch(driver, "pick-party", "russ")).isEqualTo("russia");
		assertThat(chips(driver, "pick-party")).containsExactly("russia");

		String source = pickFirstMatch(driver, "pick-source", "ukraine axios");
		assertThat(source).contains("axios");
		assertThat(chips(driver, "pick-source")).containsExactly(source);

		pickFirstMatch(driver, "pick-furtherSources", "reuters");
		pickFirstMatch(driver, "pick-furtherSources", "kremlin");
		List<String> further = chips(driver, "pick-furtherSources");
		assertThat(further).hasSize(2);
		// the remove button of the first chip, by keyboard
		WebElement remove = driver.findElement(By.cssSelector("#pick-furtherSources-chips .chip-remove"));
		assertThat(remove.getAttribute("aria-label")).startsWith("Remove ");
		remove.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> chips(d, "pick-furtherSources").size() == 1);
		assertThat(chips(driver, "pick-furtherSources")).containsExactly(further.get(1));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("pick-furtherSources-q");

		driver.findElement(By.cssSelector("input[name=stance][value=REJECTS]")).click();
		((JavascriptExecutor) driver).executeScript("document.getElementById('statedOn').value = '2025-11-25';");
		driver.findElement(By.id("paraphrase")).sendKeys("Picked with the keyboard.");
		driver.findElement(By.xpath("//button[not(@aria-hidden) and normalize-space(.)='Save']")).click();

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/points/6"));
		assertThat(jdbc.queryForList("select s.key from position p join source s on s.id = p.source_id "
				+ "join party y on y.id = p.party_id where p.paraphrase = 'Picked with the keyboard.' and y.slug = 'russia'",
				String.class)).containsExactly(source);
		assertThat(jdbc.queryForList("select s.key from position p join position_source f on f.position_id = p.id "
				+ "join source s on s.id = f.source_id where p.paraphrase = 'Picked with the keyboard.'", String.class))
			.containsExactly(further.get(1));
		List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.toList();
		assertThat(console).as("browser console").noneMatch(message -> message.contains("Content Security Policy")
				|| message.contains("Refused to"));
	}

	/**
	 * Types words in the picker's search box, waits for the matches, goes down to the first and
	 * presses Enter; returns what it picked.
	 */
	private static String pickFirstMatch(WebDriver driver, String picker, String words) {
		int before = chips(driver, picker).size();
		WebElement query = driver.findElement(By.id(picker + "-q"));
		query.sendKeys(words);
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> !d.findElements(By.cssSelector("#" + picker + "-results .pick-match")).isEmpty());
		assertThat(driver.findElement(By.id(picker + "-status")).getText()).contains("match");
		query.sendKeys(Keys.ARROW_DOWN);
		WebElement first = driver.switchTo().activeElement();
		assertThat(first.getAttribute("class")).isEqualTo("pick-match");
		String value = first.getAttribute("data-value");
		first.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> chips(d, picker).size() == before + 1
				|| (before == 1 && "false".equals(d.findElement(By.id(picker)).getAttribute("data-multiple"))));
		assertThat(chips(driver, picker)).contains(value);
		return value;
	}

	private static List<String> chips(WebDriver driver, String picker) {
		// the chips there are now (none, before the first pick)
		return Browser.present(driver, By.cssSelector("#" + picker + "-chips input[type=hidden]")).stream()
			.map(input -> input.getAttribute("value"))
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
