package org.parley.pick;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pickers of the editing forms find: the matches of a few typed words, and the
 * labels of what a form already holds. One statement each, whatever the data.
 */
@Service
public class Picks {

	/** Words of a query that count; more are ignored (they would only narrow an already short list). */
	static final int MAX_WORDS = 8;

	private final EntityManager em;

	Picks(EntityManager em) {
		this.em = em;
	}

	/**
	 * At most {@code limit} items whose text holds every word of {@code query} (accents and case
	 * ignored), leaving out {@code chosen}; those whose label starts with the first word come first.
	 */
	@Transactional(readOnly = true)
	public List<PickItem> search(PickKind kind, String query, Collection<String> chosen, int limit) {
		List<String> words = words(query);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("limit", limit);
		StringBuilder sql = new StringBuilder("select ").append(kind.value)
			.append(" as value, ").append(kind.label).append(" as label from ").append(kind.from)
			.append(" where true");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and unaccent(").append(kind.text).append(") ilike unaccent(:w").append(i).append(')');
			params.put("w" + i, "%" + escaped(words.get(i)) + "%");
		}
		List<String> leftOut = chosen.stream().filter(v -> v != null && !v.isBlank()).toList();
		if (!leftOut.isEmpty()) {
			sql.append(" and ").append(kind.value).append(" not in (:chosen)");
			params.put("chosen", leftOut);
		}
		sql.append(" order by ");
		if (!words.isEmpty()) {
			sql.append("unaccent(").append(kind.label).append(") ilike unaccent(:first) desc, ");
			params.put("first", escaped(words.get(0)) + "%");
		}
		sql.append(kind.order).append(" limit :limit");
		return items(sql.toString(), params);
	}

	/**
	 * The items of {@code values} in their order; a value that names nothing keeps itself as its
	 * label, so that the form shows it back beside the service's error rather than losing it.
	 */
	@Transactional(readOnly = true)
	public List<PickItem> labelled(PickKind kind, Collection<String> values) {
		List<String> wanted = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<String, String> labels = new LinkedHashMap<>();
		items("select " + kind.value + " as value, " + kind.label + " as label from " + kind.from + " where "
				+ kind.value + " in (:values)", Map.of("values", wanted))
			.forEach(item -> labels.put(item.value(), item.label()));
		List<PickItem> items = new ArrayList<>();
		for (String value : wanted) {
			items.add(new PickItem(value, labels.getOrDefault(value, value)));
		}
		return items;
	}

	private List<PickItem> items(String sql, Map<String, Object> params) {
		Query query = em.createNativeQuery(sql, Tuple.class);
		params.forEach(query::setParameter);
		@SuppressWarnings("unchecked")
		List<Tuple> rows = query.getResultList();
		return rows.stream().map(t -> new PickItem(t.get("value", String.class), t.get("label", String.class))).toList();
	}

	static List<String> words(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return Arrays.stream(query.strip().split("\\s+")).limit(MAX_WORDS).toList();
	}

	/** A typed word matches itself only: LIKE's wildcards and its escape character lose their meaning. */
	private static String escaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
