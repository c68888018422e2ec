package org.parley.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.compare.PublishedTexts.LinkRow;

/**
 * Puts the points of several versions into rows, one column per version. Points whose
 * link chains meet (E3 6 answers US 6, which Ukraine 4 also answers) share a row whatever
 * their labels, so renumbering never breaks alignment. A chain never puts two points of
 * one compared version in the same row: a later text that merges several provisions must
 * not fuse them in a comparison it is not part of; links from points with a single link
 * are followed first, as the most specific. A point that no chain connects to another
 * column joins a row by a shared topic when one has room in its column (marked as such);
 * otherwise it gets a row of its own.
 */
final class Alignment {

	/** A point to align: its id, its place in its version and its topic slugs. */
	record Item(long id, int ordinal, Set<String> topics) {
	}

	/** One row: per column, the ids of its points (usually one, several after a merge). */
	record Row(List<List<Long>> cells, List<Boolean> byTopic) {

		boolean has(int column) {
			return !cells.get(column).isEmpty();
		}

		int occupied() {
			return (int) cells.stream().filter(c -> !c.isEmpty()).count();
		}

	}

	private Alignment() {
	}

	/**
	 * @param columns the points of each version, in document order
	 * @param links pairs of point ids {newer, earlier} reachable from these points
	 * @param base the column the others are read against; its order leads
	 */
	static List<Row> align(List<List<Item>> columns, List<LinkRow> links, int base) {
		return align(columns, links, base, true);
	}

	/** As {@link #align(List, List, int)}, joining unlinked points by topic only when asked to. */
	static List<Row> align(List<List<Item>> columns, List<LinkRow> links, int base, boolean byTopic) {
		Map<Long, Item> items = new HashMap<>();
		Map<Long, Integer> columnOf = new HashMap<>();
		for (int c = 0; c < columns.size(); c++) {
			for (Item item : columns.get(c)) {
				items.put(item.id(), item);
				columnOf.put(item.id(), c);
			}
		}
		UnionFind chains = new UnionFind(columnOf);
		Map<Long, Long> degree = links.stream().collect(Collectors.groupingBy(LinkRow::from, Collectors.counting()));
		links.stream()
			.sorted(Comparator.<LinkRow>comparingLong(l -> degree.get(l.from()))
				.thenComparing(LinkRow::kind)
				.thenComparingLong(LinkRow::from)
				.thenComparingLong(LinkRow::to))
			.forEach(l -> chains.union(l.from(), l.to()));

		Map<Long, Row> rowsByChain = new LinkedHashMap<>();
		for (int c = 0; c < columns.size(); c++) {
			for (Item item : columns.get(c)) {
				Row row = rowsByChain.computeIfAbsent(chains.find(item.id()), k -> emptyRow(columns.size()));
				row.cells().get(c).add(item.id());
			}
		}
		List<Row> rows = order(new ArrayList<>(rowsByChain.values()), items, columns.size(), base);

		// unlinked points: join the first row, in reading order, that shares a topic and has room
		List<Row> lonely = byTopic ? rows.stream().filter(r -> r.occupied() == 1).toList() : List.<Row>of();
		for (Row alone : lonely) {
			if (alone.occupied() != 1) {
				continue; // already took in, or joined, another lonely point
			}
			int column = firstOccupied(alone);
			Set<String> topics = topics(alone.cells().get(column), items);
			for (Row other : rows) {
				if (other != alone && !other.has(column) && shares(topics, other, items)) {
					other.cells().get(column).addAll(alone.cells().get(column));
					other.byTopic().set(column, true);
					alone.cells().get(column).clear();
					break;
				}
			}
		}
		rows.removeIf(r -> r.occupied() == 0);
		return order(rows, items, columns.size(), base);
	}

	/** Rows with a baseline point in baseline order; the others after their column's previous point. */
	private static List<Row> order(List<Row> rows, Map<Long, Item> items, int width, int base) {
		List<Integer> priority = new ArrayList<>();
		priority.add(base);
		for (int c = 0; c < width; c++) {
			if (c != base) {
				priority.add(c);
			}
		}
		// each row's first ordinal in each column, worked out once: placing a row looks at every placed one
		Map<Row, int[]> first = new IdentityHashMap<>();
		for (Row row : rows) {
			int[] ordinals = new int[width];
			for (int c = 0; c < width; c++) {
				ordinals[c] = firstOrdinal(row, c, items);
			}
			first.put(row, ordinals);
		}
		List<Row> placed = new ArrayList<>();
		Set<Row> done = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int column : priority) {
			List<Row> pending = rows.stream()
				.filter(r -> r.has(column) && !done.contains(r))
				.sorted(Comparator.comparingInt(r -> first.get(r)[column]))
				.toList();
			for (Row row : pending) {
				int ordinal = first.get(row)[column];
				// after this column's previous point, else before its next one, else at the end
				int afterPrevious = -1;
				int beforeNext = -1;
				for (int i = 0; i < placed.size(); i++) {
					Row p = placed.get(i);
					if (p.has(column)) {
						if (first.get(p)[column] < ordinal) {
							afterPrevious = i + 1;
						}
						else if (beforeNext < 0) {
							beforeNext = i;
						}
					}
				}
				placed.add(afterPrevious >= 0 ? afterPrevious : beforeNext >= 0 ? beforeNext : placed.size(), row);
				done.add(row);
			}
		}
		return placed;
	}

	private static int firstOrdinal(Row row, int column, Map<Long, Item> items) {
		return row.cells().get(column).stream().mapToInt(id -> items.get(id).ordinal()).min().orElse(Integer.MAX_VALUE);
	}

	private static int firstOccupied(Row row) {
		for (int c = 0; c < row.cells().size(); c++) {
			if (row.has(c)) {
				return c;
			}
		}
		throw new IllegalStateException("empty row");
	}

	private static Set<String> topics(List<Long> ids, Map<Long, Item> items) {
		Set<String> topics = new HashSet<>();
		ids.forEach(id -> topics.addAll(items.get(id).topics()));
		return topics;
	}

	private static boolean shares(Set<String> topics, Row row, Map<Long, Item> items) {
		for (List<Long> cell : row.cells()) {
			for (Long id : cell) {
				if (items.get(id).topics().stream().anyMatch(topics::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Row emptyRow(int width) {
		List<List<Long>> cells = new ArrayList<>();
		List<Boolean> byTopic = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			cells.add(new ArrayList<>());
			byTopic.add(false);
		}
		return new Row(cells, byTopic);
	}

	/** Chains of linked points; a union that would put two points of one column together is refused. */
	private static final class UnionFind {

		private final Map<Long, Long> parent = new HashMap<>();

		private final Map<Long, Set<Integer>> columns = new HashMap<>();

		UnionFind(Map<Long, Integer> columnOf) {
			columnOf.forEach((id, column) -> columns.put(id, new HashSet<>(Set.of(column))));
		}

		long find(long id) {
			Long p = parent.get(id);
			if (p == null) {
				return id;
			}
			long root = find(p);
			parent.put(id, root);
			return root;
		}

		void union(long a, long b) {
			long ra = find(a);
			long rb = find(b);
			if (ra == rb) {
				return;
			}
			Set<Integer> ca = columns.getOrDefault(ra, Set.of());
			Set<Integer> cb = columns.computeIfAbsent(rb, k -> new HashSet<>());
			if (ca.stream().anyMatch(cb::contains)) {
				return;
			}
			cb.addAll(ca);
			parent.put(ra, rb);
		}

	}

}
