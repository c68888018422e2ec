package org.parley.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page under test: {@link #violations(WebDriver)} injects axe.min.js (from the
 * test classpath) through WebDriver, which the page's Content-Security-Policy does not govern,
 * runs it against WCAG 2.1 A and AA and describes each violation in one line: rule, impact,
 * what it asks for and the CSS selectors of the elements that break it. Only violations are
 * reported in full ({@code resultTypes}): axe then skips the selectors of every passing node.
 */
public final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			    + v.nodes.map(n => n.target.join(' ')).join(' | '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private Axe() {
	}

	/** The WCAG 2.1 AA violations on the page the driver shows, one line each; empty when there are none. */
	@SuppressWarnings("unchecked")
	public static List<String> violations(WebDriver driver) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(SOURCE);
		}
		return (List<String>) js.executeAsyncScript(RUN);
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
