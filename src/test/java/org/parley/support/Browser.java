package org.parley.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for browser tests: {@code @RegisterExtension static Browser browser = new Browser();}
 * then {@code browser.driver()}. On a developer machine without Chromium the tests are
 * skipped; with {@code CI=true} a missing browser fails them, so CI never passes by skipping.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** How long a lookup waits for an element to appear (pages that HTMX or a script update). */
	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

	private WebDriver driver;

	private Path profile;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium and chromedriver are required in CI (see .ci/run)");
		}
		Assumptions.assumeTrue(installed, "Chromium not installed: apt-get install -y chromium chromium-driver");
		profile = Files.createTempDirectory("parley-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
		// the console, where Chromium reports what the Content-Security-Policy refused
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * The elements that match now, without the implicit wait: for what may rightly be absent,
	 * where the implicit wait would only add its 2 s before answering "none".
	 */
	public static List<WebElement> present(WebDriver driver, By by) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return driver.findElements(by);
		}
		finally {
			driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
	}

}
