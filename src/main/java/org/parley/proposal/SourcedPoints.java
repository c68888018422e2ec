package org.parley.proposal;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one rule that a published point cites at least one source: publishing a draft applies
 * it to the draft's points, the dataset importer to the points of every published version,
 * so that whatever an editor publishes can be exported and imported again.
 */
public final class SourcedPoints {

	private SourcedPoints() {
	}

	/** Whether a point citing these sources may be published. */
	public static boolean isSourced(Collection<?> sources) {
		return sources != null && !sources.isEmpty();
	}

	/** The labels of the points that cite no source, in their order. */
	public static <P> List<String> unsourced(Collection<P> points, Function<P, String> label,
			Function<P, Collection<?>> sources) {
		return points.stream().filter(p -> !isSourced(sources.apply(p))).map(label).toList();
	}

}
