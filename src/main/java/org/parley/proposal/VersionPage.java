package org.parley.proposal;

import java.util.List;

/** A published version with its points in order. */
public record VersionPage(VersionView version, List<PointView> points) {
}
