package org.parley.party.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.support.ReadingPageTest;

import org.springframework.http.HttpStatus;

class PartyPagesTest extends ReadingPageTest {

	@Test
	void aGroupShowsItsKindMembersProposalsAndPositions() {
		assertThat(mvc.get().uri("/parties/{p}", world.e3)).hasStatusOk()
			.bodyText()
			.contains("<title>E3 · Parley</title>")
			.contains("<dd>group</dd>")
			.contains("href=\"/parties/" + world.uk + "\"", "href=\"/parties/" + world.france + "\"")
			.contains("href=\"/proposals/" + world.counter + "\"")
			.contains("opposes", "The E3 oppose any bar on NATO membership.", "the topic “NATO”");
	}

	@Test
	void aPartyShowsItsPeopleAndItsPositionsWithHistory() {
		assertThat(mvc.get().uri("/parties/{p}", world.ukraine)).hasStatusOk()
			.bodyText()
			.containsSubsequence("accepts with conditions", "current", "rejects (red line)", "superseded");
		assertThat(mvc.get().uri("/parties/{p}", world.us)).hasStatusOk()
			.bodyText()
			.contains("Marco Rubio", "Secretary of State");
	}

	@Test
	void aMemberShowsTheGroupsItBelongsTo() {
		assertThat(mvc.get().uri("/parties/{p}", world.uk)).hasStatusOk()
			.bodyText()
			.contains("Member of")
			.contains("href=\"/parties/" + world.e3 + "\"");
	}

	@Test
	void theSampleE3HasItsThreeMembers() {
		assertThat(mvc.get().uri("/parties/e3")).hasStatusOk()
			.bodyText()
			.contains("href=\"/parties/uk\"", "href=\"/parties/france\"", "href=\"/parties/germany\"");
	}

	@Test
	void theListNamesEveryParty() {
		assertThat(mvc.get().uri("/parties")).hasStatusOk()
			.bodyText()
			.contains("href=\"/parties/russia\"", "href=\"/parties/" + world.e3 + "\"");
	}

	@Test
	void anUnknownPartyIsNotFound() {
		assertThat(mvc.get().uri("/parties/atlantis")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
