package org.parley.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the editor sent, field by field, for a conflict page that cannot compare it with the
 * stored state (a race decided by the database): at least nothing typed is lost. Leaves out
 * what nobody typed (tokens, versions, ids, the buttons and search boxes of the pickers and of
 * "Add this source") and what must never be echoed (passwords).
 */
public record SubmittedInput(String field, String value) {

	private static final Set<String> UNTYPED = Set.of("_csrf", "token", "lockVersion", "id", "order", "remove",
			"password", "from", "enabled", "newSourceToken", "addSource", "addPoint", "publish");

	/** The pickers' plumbing: their filter boxes, matches and buttons (pick.web.Pickers). */
	private static final String PICKER = "pick-";

	public static List<SubmittedInput> of(HttpServletRequest request) {
		List<SubmittedInput> input = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			String last = name.substring(name.lastIndexOf('.') + 1);
			if (name.startsWith("_") || name.startsWith(PICKER) || UNTYPED.contains(last) || UNTYPED.contains(name)) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (value != null && !value.isBlank()) {
					input.add(new SubmittedInput(name, value));
				}
			}
		}
		return input;
	}

}
