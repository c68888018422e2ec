package org.parley.api;

import java.util.List;

/**
 * A point with every statement on it ({@code positions}, current and superseded), those on its
 * version as a whole ({@code versionPositions}), and its lineage link by link across versions
 * and proposals: the points it comes from and those that come from it or answer it.
 */
public record ApiPointPage(ApiPoint point, ApiVersion version, ApiPoint.Ref previous, ApiPoint.Ref next,
		List<ApiPoint.Link> comesFrom, List<ApiPoint.Link> leadsTo, List<ApiPosition> positions,
		List<ApiPosition> versionPositions) {
}
