package org.parley.proposal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one set of rules for a point's links to other points, applied by the draft editor to the
 * links an editor chooses and by the dataset importer to the links of a file: a link names a
 * point that exists (for the editor, a published one), never the point itself, and a point
 * links to another point once.
 */
public final class PointLinkRules {

	/** What is wrong with one link. */
	public enum Problem {
		NOT_A_POINT, ITSELF, TWICE
	}

	private PointLinkRules() {
	}

	/**
	 * Checks the link from {@code own} to {@code to}; {@code seen} holds the targets of the
	 * point's links checked before this one and gains this one's.
	 */
	public static Optional<Problem> check(String own, String to, Predicate<String> isPoint, Set<String> seen) {
		if (to == null || !to.equals(to.strip()) || VersionKey.PointKey.read(to).isEmpty() || !isPoint.test(to)) {
			return Optional.of(Problem.NOT_A_POINT);
		}
		if (to.equals(own)) {
			return Optional.of(Problem.ITSELF);
		}
		if (!seen.add(to)) {
			return Optional.of(Problem.TWICE);
		}
		return Optional.empty();
	}

}
