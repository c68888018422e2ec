package org.parley.proposal;

/**
 * A point link read as a sentence: {@code from} (the newer point) {@code kind} {@code to}
 * ("E3 point 6 answers US point 6"). {@code depth} counts the links between it and the
 * point a page is about, 1 being a direct link.
 */
public record LinkView(PointRef from, LinkKind kind, PointRef to, int depth) {
}
