package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-stack tests of the reading pages: the whole application on its own embedded
 * PostgreSQL, holding the sample dataset plus a {@link ReadingWorld} built for the test
 * class. All subclasses share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadingPageTest {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected EntityManager em;

	@Autowired
	protected EntityManagerFactory emf;

	@Autowired
	protected TransactionTemplate tx;

	protected ReadingWorld world;

	@BeforeAll
	void buildWorld() {
		world = new ReadingWorld(new ReadingData(em, tx));
	}

	/**
	 * Every page of a paged list ({@code ?page=}), one after the other: following its "next"
	 * links from {@code uri} (a path, with or without a query), as a reader would.
	 */
	protected String everyPage(String uri) {
		StringBuilder pages = new StringBuilder();
		String next = uri;
		while (next != null) {
			var result = mvc.get().uri(next).exchange();
			assertThat(result).hasStatusOk();
			String page;
			try {
				page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new AssertionError(ex);
			}
			pages.append(page);
			Matcher link = NEXT.matcher(page);
			next = link.find() ? HtmlUtils.htmlUnescape(link.group(1)) : null;
		}
		return pages.toString();
	}

	private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

	/**
	 * Raises the data revision as any edit does, so that the next request builds its page from
	 * the database rather than meeting a copy cached for visitors (what statement counts measure).
	 */
	protected void newRevision() {
		tx.executeWithoutResult(status -> em.createNativeQuery("update data_revision set revision = revision + 1")
			.executeUpdate());
	}

}
