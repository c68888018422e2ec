package org.parley.system.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.parley.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader switches the interface to Ukrainian and back with the keyboard alone, in a browser
 * that runs no JavaScript, and stays on the comparison they were reading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterfaceLanguageBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	static final String COMPARE = "/compare?versions=us-28-point-plan@1,e3-counter-proposal@1";

	@Test
	void theSwitchWorksByKeyboardWithoutJavaScriptAndKeepsThePage() {
		WebDriver driver = browser.driver();
		((HasCdp) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.<String, Object>of("value", true));
		driver.get("http://localhost:" + port + COMPARE);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

		tabTo(driver, "Українська").sendKeys(Keys.ENTER);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("uk");
		assertThat(driver.getCurrentUrl()).endsWith(COMPARE);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Порівняння версій");
		WebElement chosen = driver.findElement(By.cssSelector(".language-switch a[aria-current='true']"));
		assertThat(chosen.getText()).isEqualTo("Українська");
		assertThat(chosen.getDomAttribute("lang")).isEqualTo("uk");

		// the choice is remembered on the next page
		driver.get("http://localhost:" + port + "/sources");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("uk");

		tabTo(driver, "English").sendKeys(Keys.ENTER);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(driver.getCurrentUrl()).endsWith("/sources");
	}

	/** Presses Tab from the top of the page until the link with this text has the focus. */
	private static WebElement tabTo(WebDriver driver, String text) {
		WebElement body = driver.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		for (int i = 0; i < 40; i++) {
			WebElement focused = driver.switchTo().activeElement();
			if (text.equals(focused.getText())) {
				return focused;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("no link \"" + text + "\" reached by Tab");
	}

}
