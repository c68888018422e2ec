package org.parley.proposal;

import java.util.List;

/**
 * One point: its text, its neighbours in the version ({@code previous}, {@code next}; null
 * at either end), the points it comes from ({@code comesFrom}) and those that come from it
 * or answer it ({@code leadsTo}), followed link by link across versions and proposals.
 * The page adds every position on it, current and superseded, from the position feature.
 */
public record PointPage(VersionView version, PointView point, PointRef previous, PointRef next,
		List<LinkView> comesFrom, List<LinkView> leadsTo) {
}
