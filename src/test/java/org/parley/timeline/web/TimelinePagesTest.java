package org.parley.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.event.Event;
import org.parley.event.EventParticipant;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;

import org.springframework.http.HttpStatus;

/** The timeline comes in pages of a fixed size, whose links keep its filters, at a fixed number of statements. */
class TimelinePagesTest extends ReadingPageTest {

	@Test
	void theTimelineComesInPagesThatKeepItsFilters() {
		Statements statements = new Statements(emf);
		ReadingData data = new ReadingData(em, tx);
		String[] party = new String[1];
		data.save(d -> {
			Party p = d.party("timeline-pager", "Timeline pager", PartyKind.STATE);
			party[0] = p.getSlug();
			Source source = d.source("timeline-pager-source", "Pager Agency", Reliability.OFFICIAL, LocalDate.of(2025, 1, 1));
			Event event = d.event("timeline-pager-first", "First pager talks", LocalDate.of(2025, 1, 1), "Geneva", source);
			event.addParticipant(EventParticipant.party(p));
			d.version(d.proposal("timeline-pager-plan", "Timeline pager plan", p), 1, "Pager text 0",
					LocalDate.of(2025, 1, 1), true, 1, source);
		});
		newRevision();
		long small = statements.countWhile(() -> assertThat(mvc.get().uri("/events?party={p}", party[0])).hasStatusOk()
			.bodyText()
			.doesNotContain("rel=\"next\""));

		// 60 events and a version issued on the day of every tenth, 66 entries: 50 on page 1, 16 on page 2
		data.save(d -> {
			Party p = em.createQuery("select p from Party p where p.slug = :slug", Party.class)
				.setParameter("slug", party[0])
				.getSingleResult();
			Source source = d.source("timeline-pager-more", "Pager Agency", Reliability.OFFICIAL, LocalDate.of(2025, 1, 1));
			Proposal proposal = d.proposal("timeline-pager-sequel", "Timeline pager sequel", p);
			for (int i = 1; i < 60; i++) {
				Event event = d.event("timeline-pager-" + i, "Pager talks " + i, LocalDate.of(2025, 1, 1).plusDays(i),
						"Geneva", source);
				event.addParticipant(EventParticipant.party(p));
			}
			for (int i = 1; i < 6; i++) {
				d.version(proposal, i, "Pager text " + i, LocalDate.of(2025, 1, 1).plusDays(10L * i), true, 1, source);
			}
		});
		newRevision();
		String first = body("/events?party=" + party[0]);
		assertThat(entries(first)).hasSize(TimelineController.PAGE_SIZE);
		assertThat(first).contains("Page 1 of 2")
			.contains("rel=\"next\" href=\"/events?party=" + party[0] + "&amp;page=2\"");
		// on one day the event comes before the version issued that day
		assertThat(first).containsSubsequence("First pager talks", "Pager text 0", "Pager talks 1");
		String second = body("/events?party=" + party[0] + "&page=2");
		assertThat(entries(second)).hasSize(66 - TimelineController.PAGE_SIZE);
		assertThat(second).contains("Page 2 of 2")
			.contains("rel=\"prev\" href=\"/events?party=" + party[0] + "\"")
			.contains("Pager talks 59")
			.doesNotContain("rel=\"next\"");
		assertThat(entries(first)).doesNotContainAnyElementsOf(entries(second));

		newRevision();
		long big = statements.countWhile(() -> assertThat(mvc.get().uri("/events?party={p}", party[0])).hasStatusOk());
		newRevision();
		long bigSecond = statements
			.countWhile(() -> assertThat(mvc.get().uri("/events?party={p}&page=2", party[0])).hasStatusOk());
		assertThat(big).isEqualTo(small);
		assertThat(bigSecond).isEqualTo(small);

		assertThat(mvc.get().uri("/events?party={p}&page=3", party[0])).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no page 3 of this list: its pages are numbered 1 to 2");
		// the export is still the whole timeline the filter selects
		assertThat(mvc.get().uri("/events?party={p}&format=csv", party[0])).hasStatusOk()
			.bodyText()
			.contains("First pager talks", "Pager talks 59");
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

	private static List<String> entries(String html) {
		List<String> ids = new ArrayList<>();
		Matcher m = Pattern.compile("<li id=\"((?:event|version)-[^\"]+)\"").matcher(html);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

}
