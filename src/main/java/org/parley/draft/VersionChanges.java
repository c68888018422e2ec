package org.parley.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.compare.Segment;
import org.parley.compare.VersionDiff;
import org.parley.compare.WordDiff;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Point;
import org.parley.proposal.PointLink;
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.PointChange;
import org.parley.proposal.Version;

/**
 * A version against the version it is based on, point by point, as the diff pairs and
 * classifies them (through link chains, so renumbering is recognised), with revised wording
 * shown word by word.
 */
@Service
public class VersionChanges {

	public record Row(PointChange kind, String label, String baseLabel, List<Segment> title, List<Segment> text) {
	}

	/**
	 * @param links the version's links to points of other versions than its base (other proposals,
	 *     earlier versions): what lines its points up with them in /compare
	 */
	public record Changes(String key, String baseKey, List<Row> rows, Map<PointChange, Integer> counts,
			List<Link> links) {
	}

	/** Point {@code label} of the version is aligned with {@code to} as {@code kind}. */
	public record Link(String label, String to, LinkKind kind) {
	}

	private final ProposalLookup lookup;

	private final VersionDiff diff;

	VersionChanges(ProposalLookup lookup, VersionDiff diff) {
		this.lookup = lookup;
		this.diff = diff;
	}

	@Transactional(readOnly = true)
	public Changes of(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		Version base = version.getBasedOn();
		List<Link> links = links(version, base);
		if (base == null) {
			return new Changes(version.key(), null, List.of(), VersionDiff.counts(List.of()), links);
		}
		List<VersionDiff.Pair> pairs = diff.againstBase(version.getId(), version.getCompleteness(), base.getId());
		List<Row> rows = pairs.stream().map(VersionChanges::row).toList();
		return new Changes(version.key(), base.key(), rows, VersionDiff.counts(pairs), links);
	}

	/** The links that reach beyond the base version (its own are the rows above), in the order of the points. */
	private static List<Link> links(Version version, Version base) {
		List<Link> links = new ArrayList<>();
		for (Point point : version.getPoints()) {
			for (PointLink link : point.getLinks()) {
				if (base == null || !link.getTo().getVersion().getId().equals(base.getId())) {
					links.add(new Link(point.getLabel(), link.getTo().key(), link.getKind()));
				}
			}
		}
		return links;
	}

	private static Row row(VersionDiff.Pair pair) {
		String older = joined(pair.from(), VersionDiff.Point::text);
		String newer = joined(pair.to(), VersionDiff.Point::text);
		return new Row(pair.change(), pair.to().isEmpty() ? null : pair.toLabels(),
				pair.from().isEmpty() ? null : pair.fromLabels(),
				WordDiff.of(joined(pair.from(), VersionDiff.Point::title), joined(pair.to(), VersionDiff.Point::title)),
				// a reported change is no wording to set against the base: shown as it stands
				pair.reported() ? List.of(new Segment(Segment.Kind.EQUAL, newer))
						: pair.diff().isEmpty() ? WordDiff.of(older, newer) : pair.diff());
	}

	private static String joined(List<VersionDiff.Point> points, Function<VersionDiff.Point, String> part) {
		return points.stream().map(part).collect(Collectors.joining("\n\n"));
	}

}
