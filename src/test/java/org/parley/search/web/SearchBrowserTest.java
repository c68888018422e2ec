package org.parley.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.parley.support.Browser;

/**
 * A reader searches the sample data from the header box, narrows the results to the points of
 * one proposal and opens one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void searchesFromTheHeaderFiltersAndFollowsAResult() {
		WebDriver driver = browser.driver();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		driver.get("http://localhost:" + port + "/proposals");

		WebElement box = driver.findElement(By.cssSelector("header [role=search] input[name=q]"));
		box.sendKeys("ceasefire");
		driver.findElement(By.cssSelector("header [role=search] button")).click();
		wait.until(ExpectedConditions.urlContains("/search?q=ceasefire"));
		assertThat(driver.findElement(By.id("site-search-q")).getAttribute("value")).isEqualTo("ceasefire");
		assertThat(driver.findElement(By.id("search-count")).getText()).containsPattern("\\d+ results");
		assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

		driver.findElement(By.id("kind-point")).click();
		driver.findElement(By.cssSelector(".search-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("kind=point"));
		List<WebElement> points = driver.findElements(By.cssSelector(".search-result .search-title a"));
		assertThat(points).isNotEmpty();
		String proposal = points.get(0).getAttribute("href").replaceAll(".*/proposals/([^/]+)/.*", "$1");

		new Select(driver.findElement(By.id("search-proposal"))).selectByValue(proposal);
		driver.findElement(By.cssSelector(".search-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("proposal=" + proposal));
		assertThat(driver.findElements(By.cssSelector(".search-result")))
			.allSatisfy(r -> assertThat(r.getAttribute("class")).contains("search-point"));
		List<WebElement> narrowed = driver.findElements(By.cssSelector(".search-result .search-title a"));
		assertThat(narrowed).isNotEmpty()
			.allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/proposals/" + proposal + "/versions/"));

		String target = narrowed.get(0).getAttribute("href");
		narrowed.get(0).click();
		wait.until(ExpectedConditions.urlToBe(target));
		assertThat(driver.getCurrentUrl()).matches(".*/proposals/" + proposal + "/versions/\\d+/points/[^/]+");
		assertThat(driver.findElement(By.tagName("main")).getText().toLowerCase(Locale.ROOT)).contains("ceasefire");
	}

}
