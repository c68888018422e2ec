package org.parley.proposal.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.ProposalLookup;
import org.parley.proposal.draft.WordDiff;
import org.parley.proposal.draft.WordDiff.Segment;
import org.parley.proposal.Point;
import org.parley.proposal.PointLink;
import org.parley.proposal.Version;

/**
 * A version against the version it is based on, point by point: points are matched
 * through their links (so renumbering is recognised), and revised wording is shown word by word.
 */
@Service
public class VersionChanges {

	public enum Kind {
		ADDED, REVISED, RENUMBERED, UNCHANGED, REMOVED
	}

	public record Row(Kind kind, String label, String baseLabel, List<Segment> title, List<Segment> text) {
	}

	public record Changes(String key, String baseKey, List<Row> rows, Map<Kind, Integer> counts) {
	}

	private final ProposalLookup lookup;

	VersionChanges(ProposalLookup lookup) {
		this.lookup = lookup;
	}

	@Transactional(readOnly = true)
	public Changes of(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		Version base = version.getBasedOn();
		List<Row> rows = new ArrayList<>();
		Map<Long, Point> unmatched = new LinkedHashMap<>();
		if (base != null) {
			base.getPoints().forEach(p -> unmatched.put(p.getId(), p));
		}
		for (Point point : version.getPoints()) {
			Point earlier = null;
			for (PointLink link : point.getLinks()) {
				if (unmatched.containsKey(link.getTo().getId())) {
					earlier = unmatched.remove(link.getTo().getId());
					break;
				}
			}
			if (earlier == null) {
				rows.add(new Row(Kind.ADDED, point.getLabel(), null, WordDiff.between("", point.getTitle()),
						WordDiff.between("", point.getText())));
				continue;
			}
			boolean sameWords = earlier.getTitle().equals(point.getTitle()) && earlier.getText().equals(point.getText());
			Kind kind = !sameWords ? Kind.REVISED
					: earlier.getLabel().equals(point.getLabel()) ? Kind.UNCHANGED : Kind.RENUMBERED;
			rows.add(new Row(kind, point.getLabel(), earlier.getLabel(),
					WordDiff.between(earlier.getTitle(), point.getTitle()),
					WordDiff.between(earlier.getText(), point.getText())));
		}
		for (Point removed : unmatched.values()) {
			rows.add(new Row(Kind.REMOVED, null, removed.getLabel(), WordDiff.between(removed.getTitle(), ""),
					WordDiff.between(removed.getText(), "")));
		}
		Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			counts.put(kind, 0);
		}
		rows.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
		return new Changes(version.key(), base == null ? null : base.key(), rows, counts);
	}

}
