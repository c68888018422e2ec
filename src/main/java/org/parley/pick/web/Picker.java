package org.parley.pick.web;

import java.util.List;

import org.parley.pick.PickItem;
import org.parley.pick.PickKind;

/**
 * What templates/fragments/picker.html shows for one form field: the chosen items as chips,
 * the filter typed so far, and (for pages without JavaScript) the matches to add from.
 *
 * @param field the form field the chosen values bind to, as the form names it ({@code sources},
 *     {@code points[0].topics})
 * @param id the field as an HTML id
 */
public record Picker(String field, String id, PickKind kind, boolean multiple, List<PickItem> chosen, String query,
		List<PickItem> options) {

	/** Options of the plain select (no JavaScript): enough to pick from after filtering, never a whole table. */
	public static final int OPTIONS = 30;

	static String idOf(String field) {
		return "pick-" + field.replaceAll("[^A-Za-z0-9]+", "-");
	}

}
