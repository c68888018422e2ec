package org.parley.compare;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.PointChange;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.proposal.VersionRef;

/**
 * What each later published version of a proposal made of one of its points: kept, revised,
 * renumbered, removed, or silent about it. Each is {@link VersionDiff}'s pair for the point,
 * so the point page says what /diff says ({@link PointChange}, the one rule).
 */
@Service
@Transactional(readOnly = true)
public class LaterVersions {

	/** {@code now}: the labels the point has in {@code version}, empty when it is gone or not known there. */
	public record Fate(VersionRef version, PointChange change, List<String> now) {
	}

	private final ProposalQueries proposals;

	private final VersionDiff diffs;

	public LaterVersions(ProposalQueries proposals, VersionDiff diffs) {
		this.proposals = proposals;
		this.diffs = diffs;
	}

	public List<Fate> of(String proposal, int number, String label) {
		List<VersionRef> later = proposals.publishedVersions(proposal).stream().filter(v -> v.number() > number).toList();
		List<VersionDiff.View> views = diffs.betweenEach(new VersionKey(proposal, number),
				later.stream().map(v -> new VersionKey(proposal, v.number())).toList());
		List<Fate> fates = new ArrayList<>();
		for (int i = 0; i < later.size(); i++) {
			VersionRef version = later.get(i);
			fates.add(views.get(i)
				.pairs()
				.stream()
				.filter(pair -> pair.from().stream().anyMatch(p -> p.label().equals(label)))
				.findFirst()
				.map(pair -> new Fate(version, pair.change(), pair.to().stream().map(VersionDiff.Point::label).toList()))
				.orElse(new Fate(version, PointChange.NOT_KNOWN, List.of())));
		}
		return fates;
	}

}
