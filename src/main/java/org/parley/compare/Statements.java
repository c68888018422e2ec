package org.parley.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.VersionKey;
import org.parley.calendar.Today;
import org.parley.position.CurrentStance;
import org.parley.position.Stance;
import org.parley.proposal.VersionStatus;
import org.parley.source.Confidence;
import org.parley.source.Reliability;
import org.parley.system.BadRequestException;
import org.parley.system.NotFoundException;

/**
 * The statements behind one cell of the positions matrix or one stance of the comparison:
 * what a party said about a topic, a point or a whole version, newest first, the current
 * one marked.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

	/** Exactly one of topic, point, version. */
	public record Request(String party, String topic, VersionKey.PointKey point, VersionKey version, LocalDate asOf) {

		public Request {
			int targets = (topic == null ? 0 : 1) + (point == null ? 0 : 1) + (version == null ? 0 : 1);
			if (targets != 1) {
				throw new BadRequestException("error.statements.oneTarget");
			}
		}

	}

	/**
	 * {@code sourceNote}: the source's warning ("pro-Kremlin aggregator"), shown beside a weak
	 * grade; {@code lowConfidence} by {@link Confidence}'s rule (flagged, or only weak sources).
	 */
	public record Statement(long id, Stance stance, LocalDate statedOn, String person, String paraphrase,
			String quote, String sourceTitle, String sourcePublisher, String sourceUrl, Reliability reliability,
			String eventSlug, String eventTitle, boolean lowConfidence, String note, String target,
			boolean current, String sourceNote) {

		/** The warning to show beside the grade: only a weak grade carries one. */
		public String warning() {
			return reliability != null && reliability.weak() ? sourceNote : null;
		}

	}

	public record View(Request request, String partyName, String about, List<Statement> statements) {
	}

	private final EntityManager em;

	private final Today today;

	Statements(EntityManager em, Today today) {
		this.em = em;
		this.today = today;
	}

	public View of(Request request) {
		String partyName = em.createQuery("select p.name from Party p where p.slug = :slug", String.class)
			.setParameter("slug", request.party())
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.party.notFound", request.party()));
		LocalDate asOf = CurrentStance.cutOff(today, request.asOf());
		String about;
		List<?> ids;
		if (request.topic() != null) {
			about = em.createQuery("select t.name from Topic t where t.slug = :slug", String.class)
				.setParameter("slug", request.topic())
				.getResultStream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("error.topic.notFound", request.topic()));
			ids = em.createNativeQuery("select s.id from (" + PositionsMatrix.STATEMENTS_BY_TOPIC + """
					) s join party pa on pa.id = s.party_id join topic t on t.id = s.topic_id
					where pa.slug = :party and t.slug = :topic""")
				.setParameter("asOf", asOf)
				.setParameter("party", request.party())
				.setParameter("topic", request.topic())
				.getResultList();
		}
		else {
			VersionKey version = request.version();
			String label = null;
			if (request.point() != null) {
				version = request.point().version();
				label = request.point().label();
			}
			List<Tuple> target = em.createQuery("""
					select v.id, pt.id, pt.title from Version v join v.proposal p left join v.points pt on pt.label = :label
					where p.slug = :proposal and v.number = :number and v.status = :published""", Tuple.class)
				.setParameter("label", label == null ? "" : label)
				.setParameter("proposal", version.proposal())
				.setParameter("number", version.number())
				.setParameter("published", VersionStatus.PUBLISHED)
				.getResultList();
			if (target.isEmpty() || (label != null && target.get(0).get(1) == null)) {
				throw label == null ? new NotFoundException("error.version.notPublishedKey", version.toString())
						: new NotFoundException("error.point.notPublished", request.point().toString());
			}
			about = label == null ? version.toString() : request.point() + " " + target.get(0).get(2, String.class);
			ids = em.createQuery("select pos.id from Position pos where pos.party.slug = :party and "
					+ CurrentStance.saidByJpql("pos") + " and "
					+ (label == null ? "pos.targetVersion.id = :target" : "pos.targetPoint.id = :target"), Long.class)
				.setParameter("party", request.party())
				.setParameter("asOf", asOf)
				.setParameter("target", target.get(0).get(label == null ? 0 : 1, Long.class))
				.getResultList();
		}
		List<Long> positionIds = ids.stream().map(id -> ((Number) id).longValue()).toList();
		List<Statement> statements = new ArrayList<>();
		if (!positionIds.isEmpty()) {
			for (Tuple t : em.createQuery("""
					select pos.id, pos.stance, pos.statedOn, pe.name, pos.paraphrase, pos.quote,
					       s.title, s.publisher, s.url, s.reliability, e.slug, e.title,
					       case when %s then true else false end, pos.note,
					       tp.label, tpp.slug, tpv.number, tvp.slug, tv.number, tt.name, s.note
					from Position pos join pos.source s left join pos.person pe left join pos.event e
					left join pos.targetPoint tp left join tp.version tpv left join tpv.proposal tpp
					left join pos.targetVersion tv left join tv.proposal tvp left join pos.targetTopic tt
					where pos.id in :ids order by\s""".formatted(Confidence.lowJpql("pos"))
					+ CurrentStance.latestFirstJpql("pos"), Tuple.class)
				.setParameter("ids", positionIds)
				.getResultList()) {
				String targetKey = t.get(14) != null
						? new VersionKey(t.get(15, String.class), t.get(16, Integer.class)).point(t.get(14, String.class)).toString()
						: t.get(17) != null ? new VersionKey(t.get(17, String.class), t.get(18, Integer.class)).toString()
								: (String) t.get(19);
				statements.add(new Statement(t.get(0, Long.class), t.get(1, Stance.class), t.get(2, LocalDate.class),
						t.get(3, String.class), t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
						t.get(7, String.class), t.get(8, String.class), t.get(9, Reliability.class),
						t.get(10, String.class), t.get(11, String.class), t.get(12, Boolean.class),
						t.get(13, String.class), targetKey, statements.isEmpty(), t.get(20, String.class)));
			}
		}
		return new View(request, partyName, about, statements);
	}

}
