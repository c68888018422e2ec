package org.parley.topic.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class TopicPagesTest extends ReadingPageTest {

	@Test
	void showsThePointsOfEveryProposalOnTheTopic() {
		assertThat(mvc.get().uri("/topics/{t}", world.army)).hasStatusOk()
			.bodyText()
			.contains("<title>Armed-forces cap · Parley</title>")
			.contains("2 points on this topic")
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/2\"")
			.contains("href=\"/proposals/" + world.counter + "/versions/1/points/2\"");
	}

	@Test
	void showsPositionsOnTheTopicAndOnTextsConcerningIt() {
		assertThat(mvc.get().uri("/topics/{t}", world.nato)).hasStatusOk()
			.bodyText()
			.contains("The E3 oppose any bar on NATO membership.")
			.contains("Russia has not seen the text officially.")
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/1\"");
	}

	@Test
	void theListNamesEveryTopic() {
		assertThat(mvc.get().uri("/topics")).hasStatusOk().bodyText().contains("href=\"/topics/" + world.nato + "\"");
	}

	@Test
	void anUnknownTopicIsNotFound() {
		assertThat(mvc.get().uri("/topics/no-such-topic")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
