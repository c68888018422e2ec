package org.parley.compare;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.VersionKey;
import org.parley.proposal.LinkKind;
import org.parley.proposal.PointChange;
import org.parley.proposal.TextBasis;
import org.parley.proposal.VersionStatus;
import org.parley.proposal.PointNotFound;

/**
 * A point's lineage: the points it comes from or answers, and the points that come from or
 * answer it, transitively, across versions and proposals; what changed at each step; and
 * the version that first used its current wording. Points that merely share a descendant
 * with it (the other sources of a merge) are not its lineage and are left out.
 * Three statements whatever the length of the chain.
 */
@Service
@Transactional(readOnly = true)
public class Lineage {

	/** How a step relates to an earlier step of the lineage. */
	public record From(LinkKind kind, String pointKey) {
	}

	public record Step(String pointKey, String proposal, String proposalName, int number, String versionTitle,
			LocalDate issuedOn, String label, String title, String text, boolean wording, List<From> from,
			List<Segment> diff, boolean current, TextBasis basis) {

		public String versionKey() {
			return new VersionKey(proposal, number).toString();
		}

	}

	/** {@code introducedIn} is the key of the version that first used the current wording. */
	public record View(String pointKey, List<Step> steps, String introducedIn) {

		public boolean linked() {
			return steps.size() > 1;
		}

		public boolean introducedHere() {
			return pointKey.startsWith(introducedIn + "#");
		}

	}

	private record Node(long id, String proposal, String proposalName, int number, String versionTitle,
			LocalDate issuedOn, long versionId, int ordinal, String label, String title, String text,
			TextBasis basis) {

		boolean wording() {
			return TextBasis.isWording(basis);
		}

		String key() {
			return new VersionKey(proposal, number).point(label).toString();
		}

	}

	private record Edge(long from, long to, LinkKind kind) {
	}

	private final EntityManager em;

	private final WordDiff wordDiff;

	Lineage(EntityManager em, WordDiff wordDiff) {
		this.em = em;
		this.wordDiff = wordDiff;
	}

	/** The lineage of a published point; 404 when there is no such point. */
	public View of(String proposal, int number, String label) {
		Long start = em.createQuery("""
				select pt.id from Point pt join pt.version v join v.proposal p
				where p.slug = :proposal and v.number = :number and pt.label = :label and v.status = :published""",
				Long.class)
			.setParameter("proposal", proposal)
			.setParameter("number", number)
			.setParameter("label", label)
			.setParameter("published", VersionStatus.PUBLISHED)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new PointNotFound("error.point.notPublished",
					new VersionKey(proposal, number).point(label).toString()));

		@SuppressWarnings("unchecked")
		List<Object[]> rows = em.createNativeQuery("""
				with recursive
				up(id) as (
				    select cast(:start as bigint)
				  union
				    select l.to_point_id from up cross join lateral (select * from point_link x where x.from_point_id = up.id offset 0) l
				    where %s
				),
				down(id) as (
				    select cast(:start as bigint)
				  union
				    select l.from_point_id from down cross join lateral (select * from point_link x where x.to_point_id = down.id offset 0) l
				    where %s
				)
				-- the links among the points found, reached from them through the link indexes (a lateral
				-- subquery that "offset 0" keeps from being flattened into a join over the whole table)
				select l.from_point_id, l.to_point_id, l.kind
				from up cross join lateral (select * from point_link x where x.from_point_id = up.id offset 0) l
				where l.to_point_id in (select id from up)
				union
				select l.from_point_id, l.to_point_id, l.kind
				from down cross join lateral (select * from point_link x where x.to_point_id = down.id offset 0) l
				where l.from_point_id in (select id from down)""".formatted(PublishedTexts.publishedPoint("l.to_point_id"),
						PublishedTexts.publishedPoint("l.from_point_id")))
			.setParameter("start", start)
			.getResultList();
		List<Edge> edges = rows.stream()
			.map(r -> new Edge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
					LinkKind.valueOf((String) r[2])))
			.toList();
		Set<Long> ids = new HashSet<>(List.of(start));
		edges.forEach(e -> {
			ids.add(e.from());
			ids.add(e.to());
		});

		Map<Long, Node> nodes = new HashMap<>();
		for (Tuple t : em.createQuery("""
				select pt.id, p.slug, p.name, v.number, v.title, v.issuedOn, v.id, pt.ordinal, pt.label, pt.title, pt.text,
				       pt.textBasis
				from Point pt join pt.version v join v.proposal p where pt.id in :ids""", Tuple.class)
			.setParameter("ids", ids)
			.getResultList()) {
			nodes.put(t.get(0, Long.class),
					new Node(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class),
							t.get(3, Integer.class), t.get(4, String.class), t.get(5, LocalDate.class),
							t.get(6, Long.class), t.get(7, Integer.class), t.get(8, String.class),
							t.get(9, String.class), t.get(10, String.class),
							t.get(11, TextBasis.class)));
		}

		Map<Long, List<Edge>> outgoing = new HashMap<>();
		edges.forEach(e -> outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
		List<Step> steps = nodes.values()
			.stream()
			.sorted(Comparator.comparing(Node::issuedOn).thenComparingLong(Node::versionId).thenComparingInt(Node::ordinal))
			.map(n -> step(n, outgoing.getOrDefault(n.id(), List.of()), nodes, start))
			.toList();
		return new View(nodes.get(start).key(), steps, introducedIn(start, nodes, outgoing));
	}

	private Step step(Node node, List<Edge> links, Map<Long, Node> nodes, long current) {
		List<From> from = links.stream().map(e -> new From(e.kind(), nodes.get(e.to()).key())).toList();
		List<Segment> diff = List.of();
		Node earlier = links.isEmpty() ? null : nodes.get(links.get(0).to());
		// a report of what changed is no wording to diff, nor to diff against
		if (earlier != null && earlier.wording() && node.wording()) {
			diff = wordDiff.between(List.of(earlier.id()), earlier.text(), List.of(node.id()), node.text());
		}
		return new Step(node.key(), node.proposal(), node.proposalName(), node.number(), node.versionTitle(),
				node.issuedOn(), node.label(), node.title(), node.text(), node.wording(), from, diff, node.id() == current,
				node.basis());
	}

	/** The earliest version, back along the links, whose point already had this wording. */
	private static String introducedIn(long start, Map<Long, Node> nodes, Map<Long, List<Edge>> outgoing) {
		Node origin = nodes.get(start);
		Deque<Long> pending = new ArrayDeque<>(List.of(start));
		Set<Long> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			long id = pending.pop();
			if (!seen.add(id)) {
				continue;
			}
			Node node = nodes.get(id);
			if (node.issuedOn().isBefore(origin.issuedOn())
					|| (node.issuedOn().equals(origin.issuedOn()) && node.versionId() < origin.versionId())) {
				origin = node;
			}
			for (Edge e : outgoing.getOrDefault(id, List.of())) {
				Node earlier = nodes.get(e.to());
				if (earlier.wording() && node.wording() && PointChange.sameWording(earlier.text(), node.text())) {
					pending.push(e.to());
				}
			}
		}
		return new VersionKey(origin.proposal(), origin.number()).toString();
	}

}
