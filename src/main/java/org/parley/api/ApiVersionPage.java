package org.parley.api;

import java.util.List;

/**
 * A published version with its points in order and the statements on it as a whole
 * ({@code positions}; those on its points are on each point's own resource).
 */
public record ApiVersionPage(ApiVersion version, List<String> versions, List<ApiPoint> points,
		List<ApiPosition> positions) {
}
