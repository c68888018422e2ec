package org.parley.compare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.springframework.transaction.support.TransactionTemplate;

import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.position.Position;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Provenance;
import org.parley.proposal.Version;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.topic.Topic;

/**
 * A small world shaped like the sample data, under its own slugs ({@code fx-...}) so that
 * it lives alongside the sample dataset in a test database:
 * <ul>
 * <li>{@code fx-us@1}: points 1-5; 3 caps the army at 600,000; 5 is about elections.</li>
 * <li>{@code fx-us@2}: revises 3 (same label) and carries 1 over unchanged.</li>
 * <li>{@code fx-us@3}: merges 3 and 4 into one point.</li>
 * <li>{@code fx-e3@1}: answers US 1 (same wording), 3 (800,000 peacetime) and 4 under
 * renumbered labels "1", "7" and "8"; adds "9", unlinked, on elections.</li>
 * <li>{@code fx-ua@1}: "2" answers US 3 (800,000 peacetime); "1" is unlinked, on territory.</li>
 * <li>{@code fx-ua@2}: a draft, never shown.</li>
 * </ul>
 * Statements on US 3: Ukraine rejects (2025-11-21), then accepts with conditions (2025-12-10);
 * Russia supports (2025-11-22). On the topic NATO: Ukraine rejects (2025-11-25).
 */
public final class CompareFixtures {

	public static final String US_ARMY_TEXT = "The armed forces of Ukraine will be capped at 600,000 personnel.";

	public static final String E3_ARMY_TEXT = "The armed forces of Ukraine will be capped at 800,000 personnel in peacetime.";

	private CompareFixtures() {
	}

	/** Creates the fixtures once per database; later calls find them there. */
	public static synchronized void ensure(TransactionTemplate tx, EntityManager em) {
		tx.executeWithoutResult(status -> {
			if (!em.createQuery("select p from Proposal p where p.slug = 'fx-us'").getResultList().isEmpty()) {
				return;
			}
			create(em);
		});
	}

	private static void create(EntityManager em) {
		Party us = persist(em, new Party("fx-usa", "Fixture United States", PartyKind.STATE));
		Party ukraine = persist(em, new Party("fx-ukraine", "Fixture Ukraine", PartyKind.STATE));
		Party russia = persist(em, new Party("fx-russia", "Fixture Russia", PartyKind.STATE));
		Party e3 = persist(em, new Party("fx-e3", "Fixture E3", PartyKind.GROUP));
		Topic army = persist(em, new Topic("fx-army", "Fixture armed-forces cap", null));
		Topic nato = persist(em, new Topic("fx-nato", "Fixture NATO", null));
		Topic elections = persist(em, new Topic("fx-elections", "Fixture elections", null));
		Topic territory = persist(em, new Topic("fx-territory", "Fixture territory", null));
		Topic sovereignty = persist(em, new Topic("fx-sovereignty", "Fixture sovereignty", null));
		Source source = persist(em, new Source("fx-source", "Fixture News", "Fixture report",
				"https://example.org/fixture", LocalDate.of(2025, 11, 21), DatePrecision.EXACT,
				Reliability.REPUTABLE_MEDIA, null));
		Measure cap = persist(em, new Measure("fx-armed-forces-cap", "Fixture army cap", "personnel"));

		Proposal usPlan = persist(em, new Proposal("fx-us", "Fixture US plan", null));
		Version us1 = version(usPlan, 1, "Leaked draft", LocalDate.of(2025, 11, 20));
		Point us1p1 = point(us1, "1", "Sovereignty", "Ukraine's sovereignty will be confirmed.", sovereignty);
		point(us1, "2", "Non-aggression", "Russia will not invade its neighbours.", sovereignty);
		Point us1p3 = point(us1, "3", "Army cap", US_ARMY_TEXT, army);
		us1p3.addFigure(cap, new BigDecimal("600000"), null);
		Point us1p4 = point(us1, "4", "NATO", "Ukraine will not join NATO.", nato);
		point(us1, "5", "Elections", "Elections will be held within 100 days.", elections);
		publish(em, us1);

		Version us2 = version(usPlan, 2, "Geneva revision", LocalDate.of(2025, 11, 23));
		point(us2, "1", "Sovereignty", "Ukraine's sovereignty will be confirmed.", sovereignty)
			.linkTo(us1p1, LinkKind.CARRIED_OVER);
		Point us2p3 = point(us2, "3", "Army cap", "The armed forces of Ukraine will be capped at 800,000 personnel.",
				army);
		us2p3.linkTo(us1p3, LinkKind.REVISED);
		us2p3.addFigure(cap, new BigDecimal("800000"), null);
		us2.setBasedOn(us1);
		publish(em, us2);

		// a later text merging two provisions must not fuse them in comparisons it is not part of
		Version us3 = version(usPlan, 3, "Merged text", LocalDate.of(2025, 12, 1));
		Point merged = point(us3, "3", "Army and alliances", "A smaller army and no NATO membership.", army);
		merged.linkTo(us1p3, LinkKind.MERGED);
		merged.linkTo(us1p4, LinkKind.MERGED);
		publish(em, us3);

		Proposal e3Plan = persist(em, new Proposal("fx-e3", "Fixture E3 counter-proposal", null));
		Version e31 = version(e3Plan, 1, "Counter-proposal", LocalDate.of(2025, 11, 23));
		e31.setBasedOn(us1);
		point(e31, "1", "Sovereignty", "Ukraine's sovereignty will be confirmed.", sovereignty)
			.linkTo(us1p1, LinkKind.ANSWERS);
		Point e3p7 = point(e31, "7", "Army cap", E3_ARMY_TEXT, army);
		e3p7.linkTo(us1p3, LinkKind.ANSWERS);
		e3p7.addFigure(cap, new BigDecimal("800000"), "peacetime");
		point(e31, "8", "NATO", "Membership of NATO depends on the consensus of its members.", nato)
			.linkTo(us1p4, LinkKind.ANSWERS);
		point(e31, "9", "Elections", "Elections will be held as soon as possible after the signature.", elections);
		publish(em, e31);

		Proposal uaPlan = persist(em, new Proposal("fx-ua", "Fixture Ukrainian plan", null));
		Version ua1 = version(uaPlan, 1, "Twenty points", LocalDate.of(2025, 12, 23));
		point(ua1, "1", "Territory", "The contact line is the starting point of talks.", territory);
		Point ua2 = point(ua1, "2", "Army cap", E3_ARMY_TEXT, army);
		ua2.linkTo(us1p3, LinkKind.ANSWERS);
		ua2.addFigure(cap, new BigDecimal("800000"), "peacetime");
		publish(em, ua1);
		Version ua2draft = version(uaPlan, 2, "Unfinished draft", LocalDate.of(2026, 1, 5));
		point(ua2draft, "1", "Army cap", "Draft text.", army).linkTo(us1p3, LinkKind.REVISED);
		em.persist(ua2draft);

		em.persist(position(ukraine, Stance.REJECTS, "2025-11-21", "Ukraine refuses the 600,000 cap.", source).about(us1p3));
		em.persist(position(ukraine, Stance.ACCEPTS_WITH_CONDITIONS, "2025-12-10",
				"Ukraine could accept a cap with guarantees.", source).about(us1p3));
		em.persist(position(russia, Stance.SUPPORTS, "2025-11-22", "Russia welcomes the cap.", source).about(us1p3));
		em.persist(position(e3, Stance.SUPPORTS, "2025-11-24", "The E3 stand by their text.", source).about(e3p7));
		em.persist(position(ukraine, Stance.REJECTS, "2025-11-25", "Ukraine keeps its NATO path open.", source).about(nato));
		em.persist(position(us, Stance.SUPPORTS, "2025-11-20", "The US present the plan.", source).about(us1));
	}

	private static <T> T persist(EntityManager em, T entity) {
		em.persist(entity);
		return entity;
	}

	private static Version version(Proposal proposal, int number, String title, LocalDate issuedOn) {
		return new Version(proposal, number, title, issuedOn, DatePrecision.EXACT, Provenance.LEAKED,
				Completeness.COMPLETE, null);
	}

	private static Point point(Version version, String label, String title, String text, Topic topic) {
		Point point = version.addPoint(label, title, text);
		point.getTopics().add(topic);
		return point;
	}

	/** Writes the version's points while it is a draft, then publishes it: published texts never change. */
	private static void publish(EntityManager em, Version version) {
		em.persist(version);
		em.flush();
		version.publish(Instant.parse("2025-12-01T00:00:00Z"));
	}

	private static Position position(Party party, Stance stance, String statedOn, String paraphrase,
			Source source) {
		return new Position(party, null, stance, LocalDate.parse(statedOn), paraphrase, null, source);
	}

}
