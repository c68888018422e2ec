package org.parley.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

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
	 * Raises the data revision as any edit does, so that the next request builds its page from
	 * the database rather than meeting a copy cached for visitors (what statement counts measure).
	 */
	protected void newRevision() {
		tx.executeWithoutResult(status -> em.createNativeQuery("update data_revision set revision = revision + 1")
			.executeUpdate());
	}

}
