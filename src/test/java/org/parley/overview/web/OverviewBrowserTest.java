package org.parley.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.parley.support.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's first journey on the sample data: from the overview to the US plan's point 6. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void followsTheLinksFromTheOverviewToPoint6OfTheUsPlan() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/");
		assertThat(driver.getTitle()).contains("Parley");

		driver.findElement(By.cssSelector("a[href='/proposals/us-28-point-plan']")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("US 28-point");

		driver.findElement(By.cssSelector("a[href='/proposals/us-28-point-plan/versions/1']")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/proposals/us-28-point-plan/versions/1");
		assertThat(driver.findElements(By.cssSelector("article.point"))).hasSize(28);

		driver.findElement(By.cssSelector("#point-6 h3 a")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/proposals/us-28-point-plan/versions/1/points/6");
		assertThat(driver.findElement(By.cssSelector(".point-text")).getText()).contains("600,000");
		assertThat(driver.findElement(By.cssSelector("nav.breadcrumbs")).getText()).contains("Point 6");
	}

}
