package org.parley.support;

import java.time.LocalDate;

import org.parley.event.Event;
import org.parley.event.EventParticipant;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.party.Person;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.topic.Topic;

/**
 * A small negotiation for the reading pages' tests, built through the EntityManager:
 * a plan with two published versions and a draft, a counter-proposal answering it (and
 * revising its answer in a second version), a
 * group with members, key figures, positions with history, an event. Slugs carry the
 * {@link ReadingData#suffix} so that several worlds can live in one database.
 */
public class ReadingWorld {

	public final ReadingData data;

	public String us, ukraine, russia, e3, uk, france;

	public String plan, counter, nato, army, official, aggregator, armyCap, geneva;

	public ReadingWorld(ReadingData data) {
		this.data = data;
		data.save(d -> build());
	}

	private void build() {
		Party usParty = data.party("us", "United States", PartyKind.STATE);
		Party ukraineParty = data.party("ukraine", "Ukraine", PartyKind.STATE);
		Party russiaParty = data.party("russia", "Russia", PartyKind.STATE);
		Party ukParty = data.party("uk", "United Kingdom", PartyKind.STATE);
		Party franceParty = data.party("france", "France", PartyKind.STATE);
		Party e3Party = data.party("e3", "E3", PartyKind.GROUP, ukParty, franceParty);
		Person rubio = data.person("rubio", "Marco Rubio", "Secretary of State", usParty);
		Person peskov = data.person("peskov", "Dmitry Peskov", "Kremlin spokesman", russiaParty);
		Topic natoTopic = data.topic("nato", "NATO");
		Topic armyTopic = data.topic("army", "Armed-forces cap");
		Source officialSource = data.source("official", "White House", Reliability.OFFICIAL, LocalDate.of(2025, 11, 20));
		Source aggregatorSource = data.source("aggregator", "Mirror Site", Reliability.AGGREGATOR,
				LocalDate.of(2025, 11, 22));
		Measure cap = data.measure("army-cap", "Ceiling on the armed forces", "personnel");

		Proposal planProposal = data.proposal("plan", "Test peace plan", usParty);
		Version v1 = data.version(planProposal, 1, "Leaked draft", LocalDate.of(2025, 11, 20), true, 3, officialSource);
		Point capV1 = v1.getPoints().get(1);
		capV1.getTopics().add(armyTopic);
		capV1.addFigure(cap, ReadingData.number(600_000), "at all times");
		v1.getPoints().get(0).getTopics().add(natoTopic);
		v1.getPoints().get(2).markLowConfidence("Only one outlet reports this point.");
		v1.getPoints().get(2).getSources().add(aggregatorSource);

		Version v2 = data.version(planProposal, 2, "Geneva revision", LocalDate.of(2025, 11, 23), true, 0,
				officialSource);
		Point capV2 = v2.addPoint("2", "Higher cap", "The armed forces are limited to 800,000 in peacetime.");
		capV2.addFigure(cap, ReadingData.number(800_000), "in peacetime");
		capV2.linkTo(capV1, LinkKind.REVISED);
		data.persist(capV2);

		Version draft = data.version(planProposal, 3, "Unfinished draft", LocalDate.of(2025, 12, 1), false, 2,
				officialSource);
		draft.getPoints().get(1).linkTo(capV2, LinkKind.CARRIED_OVER);

		Proposal counterProposal = data.proposal("counter", "Test counter-proposal", e3Party);
		Version c1 = data.version(counterProposal, 1, "Counter text", LocalDate.of(2025, 11, 23), true, 0,
				aggregatorSource);
		c1.setBasedOn(v1);
		Point answer = c1.addPoint("2", "Peacetime cap", "The armed forces may number 800,000 in peacetime.");
		answer.addFigure(cap, ReadingData.number(800_000), null);
		answer.getTopics().add(armyTopic);
		answer.linkTo(capV1, LinkKind.ANSWERS);
		data.persist(answer);

		// a second hop: the counter-proposal's own revision of its answer
		Version c2 = data.version(counterProposal, 2, "Counter revision", LocalDate.of(2025, 11, 30), true, 0,
				officialSource);
		c2.setBasedOn(c1);
		Point revisedAnswer = c2.addPoint("2", "Peacetime cap kept", "The armed forces may number 800,000.");
		revisedAnswer.linkTo(answer, LinkKind.REVISED);
		data.persist(revisedAnswer);

		Event talks = data.event("geneva", "Geneva consultations", LocalDate.of(2025, 11, 23), "Geneva",
				officialSource);
		talks.addParticipant(EventParticipant.person(rubio));
		talks.addParticipant(EventParticipant.party(ukraineParty));
		talks.addParticipant(EventParticipant.named("Russian delegation (undisclosed)"));

		Position rejected = data.position(ukraineParty, null, Stance.REJECTS, LocalDate.of(2025, 11, 21),
				officialSource, "Ukraine called the 600,000 cap unacceptable.").about(capV1);
		data.persist(rejected);
		Position conditional = data.position(ukraineParty, null, Stance.ACCEPTS_WITH_CONDITIONS,
				LocalDate.of(2025, 11, 25), aggregatorSource, "Ukraine could live with a higher peacetime cap.")
			.about(capV1);
		conditional.setEvent(talks);
		conditional.getFurtherSources().add(officialSource);
		data.persist(conditional);
		Position supports = new Position(usParty, rubio, Stance.SUPPORTS, LocalDate.of(2025, 11, 20),
				"The US defended the cap.", "a sound basis", officialSource)
			.about(capV1);
		data.persist(supports);
		Position onVersion = data.position(russiaParty, peskov, Stance.UNDECIDED, LocalDate.of(2025, 11, 22),
				officialSource, "Russia has not seen the text officially.").about(v1);
		onVersion.setTopic(natoTopic);
		data.persist(onVersion);
		data.persist(data.position(e3Party, null, Stance.OPPOSES, LocalDate.of(2025, 11, 24), aggregatorSource,
				"The E3 oppose any bar on NATO membership.").about(natoTopic));
		data.persist(data.position(russiaParty, null, Stance.SUPPORTS, LocalDate.of(2025, 12, 2), officialSource,
				"Russia welcomed a line of the draft.").about(draft.getPoints().get(0)));

		us = usParty.getSlug();
		ukraine = ukraineParty.getSlug();
		russia = russiaParty.getSlug();
		e3 = e3Party.getSlug();
		uk = ukParty.getSlug();
		france = franceParty.getSlug();
		plan = planProposal.getSlug();
		counter = counterProposal.getSlug();
		nato = natoTopic.getSlug();
		army = armyTopic.getSlug();
		official = officialSource.getKey();
		aggregator = aggregatorSource.getKey();
		armyCap = cap.getSlug();
		geneva = talks.getSlug();
	}

}
