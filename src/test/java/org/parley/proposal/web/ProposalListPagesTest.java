package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;

import org.springframework.http.HttpStatus;

/**
 * The lists that grow with the data come in pages: a fixed number of entries a page, links to
 * the neighbouring pages, and the same statements for page 1 however long the list is.
 */
class ProposalListPagesTest extends ReadingPageTest {

	private static final Pattern CARD = Pattern.compile("<h2 class=\"card-title\"><a href=\"/proposals/([^\"]+)\"");

	private static final Pattern PAGE_COUNT = Pattern.compile("Page (\\d+) of (\\d+)");

	@Test
	void theProposalsComeInPagesOfTwentyThatCostTheSameHoweverManyThereAre() {
		Statements statements = new Statements(emf);
		newRevision();
		long smallFirst = statements.countWhile(() -> assertThat(mvc.get().uri("/proposals")).hasStatusOk());

		// more than a page of proposals of its own, issued after everything else, so they come last
		ReadingData data = new ReadingData(em, tx);
		List<String> added = new ArrayList<>();
		data.save(d -> {
			Party party = d.party("pager", "Pager", PartyKind.STATE);
			Source source = d.source("pager-source", "Pager Agency", Reliability.OFFICIAL, LocalDate.of(2026, 1, 1));
			for (int i = 0; i < ProposalController.PAGE_SIZE + 5; i++) {
				Proposal proposal = d.proposal("pager-plan-" + i, "Pager plan " + i, party);
				d.version(proposal, 1, "Pager text " + i, LocalDate.of(2026, 2, 1).plusDays(i), true, 1, source);
				added.add(proposal.getSlug());
			}
		});

		newRevision();
		String first = body("/proposals");
		assertThat(cards(first)).hasSize(ProposalController.PAGE_SIZE);
		int pageCount = pageCount(first);
		assertThat(pageCount).isGreaterThanOrEqualTo(2);
		assertThat(first).contains("rel=\"next\" href=\"/proposals?page=2\"").doesNotContain("rel=\"prev\"");

		// every proposal on exactly one page, each page full but the last
		List<String> all = new ArrayList<>(cards(first));
		for (int page = 2; page <= pageCount; page++) {
			String html = body("/proposals?page=" + page);
			List<String> cards = cards(html);
			assertThat(html).contains("Page " + page + " of " + pageCount);
			if (page < pageCount) {
				assertThat(cards).hasSize(ProposalController.PAGE_SIZE);
			}
			else {
				assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(ProposalController.PAGE_SIZE);
				assertThat(html).doesNotContain("rel=\"next\"");
			}
			assertThat(html).contains(page == 2 ? "rel=\"prev\" href=\"/proposals\"" : "rel=\"prev\" href=\"/proposals?page=" + (page - 1) + "\"");
			all.addAll(cards);
		}
		assertThat(all).doesNotHaveDuplicates().containsAll(added);
		// in the order they were first put on the table
		assertThat(all).containsSubsequence(added);

		newRevision();
		long bigFirst = statements.countWhile(() -> assertThat(mvc.get().uri("/proposals")).hasStatusOk());
		newRevision();
		long bigLast = statements.countWhile(() -> assertThat(mvc.get().uri("/proposals?page=" + pageCount)).hasStatusOk());
		assertThat(bigFirst).isEqualTo(smallFirst);
		assertThat(bigLast).isEqualTo(smallFirst);

		assertThat(mvc.get().uri("/proposals?page=" + (pageCount + 1))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no page " + (pageCount + 1) + " of this list: its pages are numbered 1 to " + pageCount);
		for (String junk : List.of("0", "-1", "x", "99999999999", "2147483647")) {
			assertThat(mvc.get().uri("/proposals?page=" + junk)).hasStatus(HttpStatus.BAD_REQUEST);
		}
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

	private static List<String> cards(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher m = CARD.matcher(html);
		while (m.find()) {
			slugs.add(m.group(1));
		}
		return slugs;
	}

	private static int pageCount(String html) {
		Matcher m = PAGE_COUNT.matcher(html);
		assertThat(m.find()).isTrue();
		return Integer.parseInt(m.group(2));
	}

}
