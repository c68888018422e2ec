package org.parley.api;

import java.util.List;
import java.util.Map;

import org.parley.compare.VersionDiff;
import org.parley.proposal.PointChange;

/**
 * The diff of /diff between two versions: each provision in both, or in one only, with its
 * change and the word diff when both sides are wording ({@code wording} false: the text only
 * reports what changed).
 */
public record ApiDiff(VersionDiff.Side from, VersionDiff.Side to, Map<PointChange, Integer> counts,
		List<VersionDiff.Pair> pairs, String href) {

	public static ApiDiff of(VersionDiff.View view, String href) {
		return new ApiDiff(view.from(), view.to(), view.counts(), view.pairs(), href);
	}

}
