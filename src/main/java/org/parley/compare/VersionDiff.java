package org.parley.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.TextBasis;
import org.parley.proposal.VersionKey;
import org.parley.compare.PublishedTexts.PointRow;
import org.parley.compare.PublishedTexts.VersionRow;
import org.parley.proposal.Completeness;
import org.parley.proposal.PointChange;

/**
 * What changed from one published version to another, of the same proposal or not. Points
 * are paired through their link chains only: two points that merely share a topic are not
 * the same provision, so an unlinked point counts as added or removed, or as not known when
 * the newer version is known only in part and does not record its removal. What a pair's change is, {@link PointChange}
 * decides.
 */
@Service
@Transactional(readOnly = true)
public class VersionDiff {

	public record Side(VersionKey key, String proposalName, String title, java.time.LocalDate issuedOn) {
	}

	/** {@code wording}: whether {@code text} is the wording, or only a report of what changed. */
	public record Point(String label, String title, String text, boolean wording, TextBasis basis) {
	}

	/**
	 * One provision in both versions, or in one only. {@code diff} is the word diff from the
	 * older text to the newer one when both exist and both are wording; it is empty when either
	 * side is only a {@link #reported() report of what changed}.
	 */
	public record Pair(PointChange change, List<Point> from, List<Point> to, List<Segment> diff, boolean renumbered) {

		/** Whether either side's text reports a change instead of giving the wording. */
		public boolean reported() {
			return Stream.concat(from.stream(), to.stream()).anyMatch(p -> !p.wording());
		}

		public String fromLabels() {
			return from.stream().map(Point::label).collect(Collectors.joining(" + "));
		}

		public String toLabels() {
			return to.stream().map(Point::label).collect(Collectors.joining(" + "));
		}

		public String title() {
			return (to.isEmpty() ? from : to).get(0).title();
		}

	}

	public record View(Side from, Side to, Map<PointChange, Integer> counts, List<Pair> pairs) {

		public int count(PointChange change) {
			return counts.get(change);
		}

	}

	private final PublishedTexts texts;

	private final WordDiff wordDiff;

	VersionDiff(PublishedTexts texts, WordDiff wordDiff) {
		this.texts = texts;
		this.wordDiff = wordDiff;
	}

	public View between(VersionKey from, VersionKey to) {
		List<VersionRow> versions = texts.versions(from.equals(to) ? List.of(from) : List.of(from, to));
		VersionRow older = versions.get(0);
		VersionRow newer = versions.get(versions.size() - 1);
		List<Pair> pairs = pairs(older.id(), newer.id(), newer.completeness(), true);
		return new View(side(older), side(newer), counts(pairs), pairs);
	}

	/**
	 * {@link #between} one version and each of several others, in the statements of one
	 * comparison however many others there are: their versions, points, links and recorded
	 * removals are read together.
	 */
	public List<View> betweenEach(VersionKey from, List<VersionKey> others) {
		if (others.isEmpty()) {
			return List.of();
		}
		List<VersionKey> keys = new ArrayList<>(List.of(from));
		others.stream().filter(key -> !key.equals(from)).forEach(keys::add);
		List<VersionRow> versions = texts.versions(keys);
		List<Long> ids = versions.stream().map(VersionRow::id).toList();
		Loaded loaded = new Loaded(texts.points(ids), texts.chains(ids), texts.removals(List.copyOf(ids.subList(1, ids.size()))));
		VersionRow older = versions.get(0);
		return others.stream().map(key -> {
			VersionRow newer = versions.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
			List<Pair> pairs = pairs(older.id(), newer.id(), newer.completeness(), true, loaded);
			return new View(side(older), side(newer), counts(pairs), pairs);
		}).toList();
	}

	/**
	 * A version, a draft too, against the version it is based on, paired and classified as
	 * {@link #between} does, so that a draft's changes page and the diff never disagree. A
	 * draft's text still changes, so its word diffs are not cached.
	 */
	public List<Pair> againstBase(long versionId, Completeness completeness, long baseId) {
		return pairs(baseId, versionId, completeness, false);
	}

	/** How many pairs of each kind, every kind present. */
	public static Map<PointChange, Integer> counts(List<Pair> pairs) {
		Map<PointChange, Integer> counts = new EnumMap<>(PointChange.class);
		for (PointChange change : PointChange.values()) {
			counts.put(change, 0);
		}
		pairs.forEach(p -> counts.merge(p.change(), 1, Integer::sum));
		return counts;
	}

	/**
	 * What pairing reads: the versions' points, the links of the chains through them (those
	 * of other versions' chains, read together, connect none of these points and change no
	 * pairing) and the points each newer version recorded as removed.
	 */
	private record Loaded(List<PointRow> points, List<PublishedTexts.LinkRow> links, Map<Long, Set<Long>> removals) {
	}

	private List<Pair> pairs(long olderId, long newerId, Completeness newerCompleteness, boolean published) {
		List<Long> ids = olderId == newerId ? List.of(olderId) : List.of(olderId, newerId);
		return pairs(olderId, newerId, newerCompleteness, published, new Loaded(texts.points(ids),
				olderId == newerId ? List.of() : texts.chains(ids), texts.removals(List.of(newerId))));
	}

	private List<Pair> pairs(long olderId, long newerId, Completeness newerCompleteness, boolean published,
			Loaded loaded) {
		Map<Long, PointRow> points = new HashMap<>();
		List<List<Alignment.Item>> columns = List.of(new ArrayList<>(), new ArrayList<>());
		for (PointRow p : loaded.points()) {
			if (p.versionId() != olderId && p.versionId() != newerId) {
				continue;
			}
			points.put(p.id(), p);
			Alignment.Item item = new Alignment.Item(p.id(), p.ordinal(), Set.of());
			if (p.versionId() == olderId) {
				columns.get(0).add(item);
			}
			if (p.versionId() == newerId) {
				columns.get(1).add(item);
			}
		}
		List<Alignment.Row> rows = olderId == newerId ? sameVersion(columns)
				: Alignment.align(columns, loaded.links(), 1, false);
		Set<Long> removed = loaded.removals().getOrDefault(newerId, Set.of());
		List<Pair> pairs = new ArrayList<>();
		for (Alignment.Row row : rows) {
			List<Long> from = row.cells().get(0);
			List<Long> to = row.cells().get(1);
			PointChange change = PointChange.of(wording(from, points), wording(to, points), newerCompleteness,
					from.stream().anyMatch(removed::contains));
			pairs.add(pair(change, from, to, points, published));
		}
		return pairs;
	}

	private Pair pair(PointChange change, List<Long> fromIds, List<Long> toIds, Map<Long, PointRow> points,
			boolean published) {
		List<Point> from = fromIds.stream().map(id -> point(points.get(id))).toList();
		List<Point> to = toIds.stream().map(id -> point(points.get(id))).toList();
		if (from.isEmpty() || to.isEmpty()) {
			return new Pair(change, from, to, List.of(), false);
		}
		if (from.stream().anyMatch(p -> !p.wording()) || to.stream().anyMatch(p -> !p.wording())) {
			// a description of the change is no wording to diff against
			return new Pair(change, from, to, List.of(), !labels(from).equals(labels(to)));
		}
		String older = from.stream().map(Point::text).collect(Collectors.joining("\n\n"));
		String newer = to.stream().map(Point::text).collect(Collectors.joining("\n\n"));
		List<Segment> diff = published ? wordDiff.between(fromIds, older, toIds, newer) : WordDiff.of(older, newer);
		return new Pair(change, from, to, diff, !labels(from).equals(labels(to)));
	}

	private static List<PointChange.Wording> wording(List<Long> ids, Map<Long, PointRow> points) {
		return ids.stream().map(points::get).map(p -> new PointChange.Wording(p.label(), p.text(), p.wording())).toList();
	}

	/** A version compared with itself: every point is its own pair. */
	private static List<Alignment.Row> sameVersion(List<List<Alignment.Item>> columns) {
		return columns.get(1)
			.stream()
			.map(i -> new Alignment.Row(List.of(List.of(i.id()), List.of(i.id())), List.of(false, false)))
			.toList();
	}

	private static List<String> labels(List<Point> points) {
		return points.stream().map(Point::label).toList();
	}

	private static Point point(PointRow row) {
		return new Point(row.label(), row.title(), row.text(), row.wording(), row.basis());
	}

	private static Side side(VersionRow v) {
		return new Side(v.key(), v.proposalName(), v.title(), v.issuedOn());
	}

}
