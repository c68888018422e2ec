package org.parley.source;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one rule for low confidence in a claim: it is low when an editor flagged it, or when
 * every source it rests on has a {@linkplain Reliability#weak() weak grade} (aggregators,
 * state-controlled outlets, unverified sources), so that no independent outlet or official
 * text backs it.
 * <p>
 * Pages that have the sources in hand ask {@link #low}; the queries that decide it in the
 * database use the fragments below, spelled from the same grades.
 */
public final class Confidence {

	private static final String STRONG_GRADES = Arrays.stream(Reliability.values())
		.filter(r -> !r.weak())
		.map(r -> "'" + r.name() + "'")
		.collect(Collectors.joining(", "));

	private static final String STRONG_GRADES_JPQL = Arrays.stream(Reliability.values())
		.filter(r -> !r.weak())
		.map(r -> Reliability.class.getName() + "." + r.name())
		.collect(Collectors.joining(", "));

	private Confidence() {
	}

	/** Low when flagged, or when there are sources and every one of them is weak. */
	public static boolean low(boolean flagged, Collection<Reliability> sources) {
		return flagged || restsOnWeakSourcesOnly(sources);
	}

	/** Every source is weak (none given: not weak, nothing to judge). */
	public static boolean restsOnWeakSourcesOnly(Collection<Reliability> sources) {
		return !sources.isEmpty() && sources.stream().allMatch(r -> r != null && r.weak());
	}

	/** Native SQL: the position aliased {@code alias} is low confidence. */
	public static String lowSql(String alias) {
		return "(" + alias + ".low_confidence or (not exists (select 1 from source cs where cs.id = " + alias
				+ ".source_id and cs.reliability in (" + STRONG_GRADES + "))"
				+ " and not exists (select 1 from position_source cps join source cf on cf.id = cps.source_id"
				+ " where cps.position_id = " + alias + ".id and cf.reliability in (" + STRONG_GRADES + "))))";
	}

	/**
	 * JPQL: the point (or other entity with a {@code sources} collection and a {@code lowConfidence}
	 * flag) aliased {@code alias} is low confidence: flagged, or citing sources none of which is
	 * strong. As {@link #low} decides it in Java for records that carry their sources' grades.
	 */
	public static String lowCitedJpql(String alias) {
		// a count, not "not exists": PostgreSQL may answer a "not exists" by hashing every
		// point_source row (7 ms at 100 times the sample, for the 60 points of a comparison)
		return "(" + alias + ".lowConfidence = true or (exists (select 1 from " + alias + ".sources ws)"
				+ " and (select count(ss) from " + alias + ".sources ss where ss.reliability in ("
				+ STRONG_GRADES_JPQL + ")) = 0))";
	}

	/** JPQL: as {@link #lowSql}, for the Position aliased {@code alias}. */
	public static String lowJpql(String alias) {
		return "(" + alias + ".lowConfidence = true or (" + alias + ".source.reliability not in (" + STRONG_GRADES_JPQL
				+ ") and not exists (select 1 from Position cp join cp.furtherSources cf where cp = " + alias
				+ " and cf.reliability in (" + STRONG_GRADES_JPQL + "))))";
	}

}
