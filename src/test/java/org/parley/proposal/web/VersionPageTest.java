package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.support.ReadingData;
import org.parley.support.ReadingWorld;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	ReadingWorld world;

	@BeforeAll
	void buildWorld() {
		world = new ReadingWorld(new ReadingData(em, tx));
	}

	@Test
	void listsThePointsInOrderWithTheirTopicsFiguresSourcesAndCurrentStances() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk()
			.bodyText()
			.contains("<title>Test peace plan v1 · Parley</title>")
			.contains("id=\"point-1\"", "id=\"point-2\"", "id=\"point-3\"")
			.contains("600,000 personnel")
			.contains("href=\"/topics/" + world.army + "\"")
			.contains("href=\"/sources/" + world.official + "\"")
			.contains("accepts with conditions")
			.contains("low confidence")
			.contains("Only one outlet reports this point.");
	}

	@Test
	void draftsAreNotShown() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/3", world.plan)).hasStatus(HttpStatus.NOT_FOUND);
	}

}
