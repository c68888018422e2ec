package org.parley.compare.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.parley.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst compares the three plans of the sample data, narrows to what differs and checks a statement. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void comparesTheThreePlansAndOpensAStatement() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/compare");

		assertThat(driver.findElements(By.cssSelector("#published-versions option")))
			.extracting(o -> o.getAttribute("value"))
			.contains("us-28-point-plan@1", "e3-counter-proposal@1", "ukraine-20-point-plan@1");
		driver.findElement(By.id("version-1")).sendKeys("us-28-point-plan@1");
		driver.findElement(By.id("version-2")).sendKeys("e3-counter-proposal@1");
		driver.findElement(By.id("version-3")).sendKeys("ukraine-20-point-plan@1");
		driver.findElement(By.cssSelector(".compare-form button[type=submit]")).click();

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("versions="));
		assertThat(driver.getCurrentUrl()).endsWith(
				"/compare?versions=us-28-point-plan@1,e3-counter-proposal@1,ukraine-20-point-plan@1");
		WebElement armyCap = driver.findElements(By.cssSelector("table.key-figures tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("600,000"))
			.findFirst()
			.orElseThrow();
		assertThat(armyCap.getText()).contains("600,000", "800,000");
		int allRows = driver.findElements(By.cssSelector("table.comparison tbody tr")).size();

		driver.findElement(By.id("only")).click();
		driver.findElement(By.cssSelector(".compare-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("only=changed"));
		assertThat(driver.findElement(By.id("only")).isSelected()).isTrue();
		assertThat(Browser.present(driver, By.cssSelector("table.comparison tbody tr.same"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("table.comparison tbody tr")).size()).isLessThanOrEqualTo(allRows);

		WebElement stance = driver.findElement(By.cssSelector("table.comparison td.row-stances a.stance"));
		String stanceWords = stance.getText();
		stance.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/positions/statements"));
		String anchor = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
		WebElement statement = driver.findElement(By.id(anchor));
		assertThat(statement.getText()).contains(stanceWords);
		assertThat(statement.findElement(By.cssSelector("a[href^='http']")).getText()).isNotBlank();
	}

}
