package org.parley.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.support.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI at /api, opened anonymously in a real browser under Parley's Content-Security-Policy:
 * it must show the API's operations, and the browser must have refused nothing on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void swaggerUiShowsTheApiOperationsWithoutAnyContentSecurityPolicyViolation() {
		WebDriver driver = browser.driver();
		driver.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
		driver.get("http://localhost:" + port + "/api");

		List<WebElement> operations = new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 0));
		assertThat(operations).extracting(operation -> operation.getAttribute("id"))
			.contains("operations-Proposals-proposals", "operations-Search-search");
		assertThat(driver.findElements(By.cssSelector(".opblock-summary-path")))
			.extracting(WebElement::getText)
			.contains("/api/v1/proposals", "/api/v1/search");
		assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("Parley");

		List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.toList();
		assertThat(console).as("browser console").noneMatch(message -> message.contains("Content Security Policy")
				|| message.contains("Refused to"));
	}

}
