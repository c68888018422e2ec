package org.parley.feed.web;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import org.junit.jupiter.api.Test;

import org.parley.position.Position;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feeds, read as a feed reader would (anonymously, parsed by Rome). */
class FeedTest extends ReadingPageTest {

	private Feed feed(String uri, Object... variables) throws Exception {
		var result = mvc.get().uri(uri, variables).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(result.getResponse().getContentAsString()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);
		return feed;
	}

	private static List<String> titles(Feed feed) {
		return feed.getEntries().stream().map(e -> e.getTitleEx().getValue()).toList();
	}

	private static String link(Entry entry) {
		return entry.getAlternateLinks().stream().map(Link::getHref).findFirst().orElseThrow();
	}

	@Test
	void aProposalsFeedTellsItsPublishedVersionsAndPositionsButNeverItsDraft() throws Exception {
		Feed feed = feed("/proposals/{p}/feed", world.plan);
		assertThat(feed.getTitle()).isEqualTo("Parley: Test peace plan");
		assertThat(titles(feed)).contains("Test peace plan v1 published: Leaked draft (issued 2025-11-20)",
				"Test peace plan v2 published: Geneva revision (issued 2025-11-23)",
				"Position recorded: Ukraine rejects (red line) " + world.plan + "@1#2",
				"Position recorded: Russia undecided " + world.plan + "@1");
		// the draft, and the position stated on one of its points, stay out
		assertThat(String.join("\n", titles(feed))).doesNotContain("Unfinished draft").doesNotContain("@3");
		Entry v1 = feed.getEntries()
			.stream()
			.filter(e -> e.getTitleEx().getValue().startsWith("Test peace plan v1 published"))
			.findFirst()
			.orElseThrow();
		assertThat(v1.getId()).isEqualTo("tag:parley,2025:version:" + world.plan + "@1");
		assertThat(link(v1)).isEqualTo("http://localhost/proposals/" + world.plan + "/versions/1");
		assertThat(v1.getUpdated()).isNotNull();
		// every entry leads to a page that exists
		for (Entry entry : feed.getEntries()) {
			String path = link(entry).substring("http://localhost".length()).replaceFirst("#.*", "");
			assertThat(mvc.get().uri(java.net.URI.create(path))).hasStatusOk().bodyText().contains("<h1");
		}
	}

	@Test
	void theSiteFeedHasEventsAndACorrectionIsANewEntry() throws Exception {
		assertThat(titles(feed("/feed"))).contains("Event added: Geneva consultations (2025-11-23)");
		long id = tx.execute(s -> em
			.createQuery("select p.id from Position p where p.party.slug = :party"
					+ " and p.paraphrase = 'The E3 oppose any bar on NATO membership.'", Long.class)
			.setParameter("party", world.e3)
			.getSingleResult());
		tx.executeWithoutResult(s -> em.find(Position.class, id).setNote("Corrected after the fact."));
		Feed party = feed("/parties/{p}/feed", world.e3);
		List<Entry> e3 = party.getEntries()
			.stream()
			.filter(e -> link(e).endsWith("#position-" + id))
			.toList();
		assertThat(e3).extracting(e -> e.getTitleEx().getValue())
			.containsExactly("Position corrected: E3 opposes NATO", "Position recorded: E3 opposes NATO");
		assertThat(e3.get(0).getId()).isNotEqualTo(e3.get(1).getId());
		assertThat(titles(feed("/topics/{t}/feed", world.nato))).contains("Position corrected: E3 opposes NATO");
	}

	@Test
	void aPointsFeedTellsThePositionsOnIt() throws Exception {
		Feed feed = feed("/proposals/{p}/versions/1/points/2/feed", world.plan);
		assertThat(titles(feed)).contains("Position recorded: Ukraine rejects (red line) " + world.plan + "@1#2",
				"Position recorded: United States supports " + world.plan + "@1#2",
				"Test peace plan v1 published: Leaked draft (issued 2025-11-20)")
			.noneMatch(t -> t.contains("Russia"));
	}

	@Test
	void draftsAndUnknownSubjectsHaveNoFeed() {
		assertThat(mvc.get().uri("/proposals/{p}/versions/3/points/1/feed", world.plan))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/proposals/no-such-plan/feed")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no proposal");
		assertThat(mvc.get().uri("/parties/nobody/feed")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pagesAdvertiseTheSiteFeedAndTheirOwn() {
		String site = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed\"";
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains(site);
		assertThat(mvc.get().uri("/proposals/{p}/versions/1", world.plan)).hasStatusOk()
			.bodyText()
			.contains(site)
			.contains("href=\"/proposals/" + world.plan + "/feed\"");
		assertThat(mvc.get().uri("/proposals/{p}/versions/1/points/2", world.plan)).hasStatusOk()
			.bodyText()
			.contains("href=\"/proposals/" + world.plan + "/versions/1/points/2/feed\"");
		assertThat(mvc.get().uri("/parties/{p}", world.ukraine)).hasStatusOk()
			.bodyText()
			.contains("href=\"/parties/" + world.ukraine + "/feed\"");
		assertThat(mvc.get().uri("/topics/{t}", world.nato)).hasStatusOk()
			.bodyText()
			.contains("href=\"/topics/" + world.nato + "/feed\"");
	}

}
