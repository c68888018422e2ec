package org.parley.topic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Stance;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;
import org.parley.topic.Topic;

import org.springframework.http.HttpStatus;

/**
 * The lists inside a topic's, a party's and a source's page come in pages of 20, paged
 * together with {@code ?page=}, so none of those pages grows with the data.
 */
class ListsOnDetailPagesTest extends ReadingPageTest {

	@Test
	void aTopicsAPartysAndASourcesListsComeInPagesOfTwenty() {
		Statements statements = new Statements(emf);
		Slugs small = build(1);
		Slugs big = build(25);
		List<String> smallPages = small.pages();
		List<String> bigPages = big.pages();

		for (String page : bigPages) {
			String first = body(page);
			String second = body(page + "?page=2");
			assertThat(first).contains("Page 1 of 2", "rel=\"next\" href=\"" + page + "?page=2\"")
				.doesNotContain("rel=\"prev\"");
			assertThat(second).contains("Page 2 of 2", "rel=\"prev\" href=\"" + page + "\"")
				.doesNotContain("rel=\"next\"");
			assertThat(mvc.get().uri(page + "?page=3")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("There is no page 3 of this list: its pages are numbered 1 to 2");
			assertThat(mvc.get().uri(page + "?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(mvc.get().uri(page + "?page=two")).hasStatus(HttpStatus.BAD_REQUEST);
		}
		String topic = body(bigPages.get(0));
		assertThat(topic).contains("25 points on this topic");
		assertThat(count(topic, "<article class=\"point\"")).isEqualTo(20);
		assertThat(count(topic, "<article class=\"position")).isEqualTo(20);
		assertThat(count(topic, "Showing 1–20 of 25")).isEqualTo(2);
		String topicRest = body(bigPages.get(0) + "?page=2");
		assertThat(count(topicRest, "<article class=\"point\"")).isEqualTo(5);
		assertThat(count(topicRest, "<article class=\"position")).isEqualTo(5);
		assertThat(count(topicRest, "Showing 21–25 of 25")).isEqualTo(2);

		String party = body(bigPages.get(1));
		assertThat(count(party, "<a href=\"/proposals/detail-plan-")).isEqualTo(20);
		assertThat(count(party, "<article class=\"position")).isEqualTo(20);
		String partyRest = body(bigPages.get(1) + "?page=2");
		assertThat(count(partyRest, "<a href=\"/proposals/detail-plan-")).isEqualTo(5);
		assertThat(count(partyRest, "<article class=\"position")).isEqualTo(5);

		String source = body(bigPages.get(2));
		assertThat(count(source, "Showing 1–20 of 25")).isEqualTo(4);
		assertThat(count(source, "<article class=\"position")).isEqualTo(20);
		assertThat(count(source, "href=\"/events/detail-talks-")).isEqualTo(20);
		String sourceRest = body(bigPages.get(2) + "?page=2");
		assertThat(count(sourceRest, "Showing 21–25 of 25")).isEqualTo(4);
		assertThat(count(sourceRest, "href=\"/events/detail-talks-")).isEqualTo(5);

		// the same statements for a page of 25 entries a list as for one of 1
		for (int i = 0; i < smallPages.size(); i++) {
			String one = smallPages.get(i);
			String many = bigPages.get(i);
			newRevision();
			long forOne = statements.countWhile(() -> assertThat(mvc.get().uri(one)).hasStatusOk());
			newRevision();
			long forMany = statements.countWhile(() -> assertThat(mvc.get().uri(many)).hasStatusOk());
			newRevision();
			long forTheRest = statements.countWhile(() -> assertThat(mvc.get().uri(many + "?page=2")).hasStatusOk());
			assertThat(forMany).as(many).isEqualTo(forOne);
			assertThat(forTheRest).as(many + "?page=2").isEqualTo(forOne);
		}
	}

	/** The three pages whose lists hold {@code n} entries each: topic, party, source. */
	private record Slugs(String topic, String party, String source) {

		List<String> pages() {
			return List.of("/topics/" + topic, "/parties/" + party, "/sources/" + source);
		}

	}

	/**
	 * A party that put forward {@code n} proposals of one point on a topic, citing a source, and
	 * stated {@code n} positions on that topic citing it, at {@code n} events citing it.
	 */
	private Slugs build(int n) {
		ReadingData data = new ReadingData(em, tx);
		String[] slugs = new String[3];
		data.save(d -> {
			Party party = d.party("detail-party", "Detail party", PartyKind.STATE);
			Topic topic = d.topic("detail-topic", "Detail topic");
			Source source = d.source("detail-source", "Detail Agency", Reliability.OFFICIAL, LocalDate.of(2025, 3, 1));
			for (int i = 0; i < n; i++) {
				Proposal proposal = d.proposal("detail-plan-" + i, "Detail plan " + i, party);
				Version version = d.version(proposal, 1, "Detail text " + i, LocalDate.of(2025, 3, 1), true, 1, source);
				version.getPoints().get(0).getTopics().add(topic);
				d.event("detail-talks-" + i, "Detail talks " + i, LocalDate.of(2025, 3, 2), "Vienna", source);
				d.persist(d.position(party, null, Stance.SUPPORTS, LocalDate.of(2025, 3, 3).plusDays(i), source,
						"Detail statement " + i).about(topic));
			}
			slugs[0] = topic.getSlug();
			slugs[1] = party.getSlug();
			slugs[2] = source.getKey();
		});
		return new Slugs(slugs[0], slugs[1], slugs[2]);
	}

	private String body(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new AssertionError(ex);
		}
	}

	private static int count(String html, String text) {
		Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
		int found = 0;
		while (m.find()) {
			found++;
		}
		return found;
	}

}
