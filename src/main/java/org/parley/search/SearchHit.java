package org.parley.search;

import java.time.LocalDate;

import org.parley.position.Stance;

/**
 * One result: what it is, its title, where it belongs (a proposal and version, a position's
 * target, an event's place, a source's publisher), its date, the passage that matched and
 * the path of its permalink. {@code stance} only for positions.
 */
public record SearchHit(SearchKind kind, String title, String context, Stance stance, LocalDate date,
		Snippet snippet, String permalink) {
}
