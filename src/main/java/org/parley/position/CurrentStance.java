package org.parley.position;

import java.time.LocalDate;

import org.parley.calendar.Today;

/**
 * The one rule for a party's current stance, for every page that shows one: among the
 * party's statements on a target (a point, a version, a topic), the one with the latest stated
 * date, a tie going to the statement recorded last (the higher id). Only statements made by
 * the cut-off count: as of a chosen day, or now; a statement dated after {@link Today#latestAllowed()}
 * never counts, whatever day is asked for.
 * <p>
 * The fragments below spell the rule for the queries that use it, in native SQL (the analyst
 * views) and JPQL (the reading pages); each query binds {@code :asOf} to {@link #cutOff}.
 */
public final class CurrentStance {

	/** Native SQL: the statement aliased {@code alias} was made by the cut-off. */
	public static String saidBy(String alias) {
		return alias + ".stated_on <= :asOf";
	}

	/** Native SQL order of a party's statements on one target, the current one first. */
	public static String latestFirst(String alias) {
		return alias + ".stated_on desc, " + alias + ".id desc";
	}

	/** JPQL: as {@link #saidBy}. */
	public static String saidByJpql(String alias) {
		return alias + ".statedOn <= :asOf";
	}

	/** JPQL: as {@link #latestFirst}. */
	public static String latestFirstJpql(String alias) {
		return alias + ".statedOn desc, " + alias + ".id desc";
	}

	/**
	 * JPQL: the statement {@code p} is not its party's current one on its target, because it was
	 * made after the cut-off or the party said something later (or the same day, recorded later).
	 */
	public static final String SUPERSEDED = "(not " + saidByJpql("p")
			+ " or exists (select 1 from Position q where q.party = p.party"
			+ " and (q.targetPoint = p.targetPoint or q.targetVersion = p.targetVersion or q.targetTopic = p.targetTopic)"
			+ " and " + saidByJpql("q")
			+ " and (q.statedOn > p.statedOn or (q.statedOn = p.statedOn and q.id > p.id))))";

	private CurrentStance() {
	}

	/** The last day whose statements count as of {@code asOf}, or now when it is null. */
	public static LocalDate cutOff(Today today, LocalDate asOf) {
		return today.upTo(asOf);
	}

}
