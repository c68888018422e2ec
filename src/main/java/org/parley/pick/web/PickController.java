package org.parley.pick.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.pick.PickKind;
import org.parley.pick.Picks;
import org.parley.pick.UnknownPickKind;

/**
 * The pickers' search as the editor types (HTMX): the matches to add, as buttons, leaving out
 * what the picker already holds. One statement a request.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class PickController {

	/** Matches a search answers with: enough to find by a word or two, short enough to read. */
	static final int MATCHES = 20;

	private final Picks picks;

	PickController(Picks picks) {
		this.picks = picks;
	}

	/**
	 * {@code /pick/sources?field=sources&pick-q:sources=reuters}: the picker's own search box
	 * names the query ({@code q} too), and its chips ({@code sources=...}) what to leave out.
	 */
	@GetMapping("/pick/{kind}")
	String search(@PathVariable String kind, @RequestParam String field, @RequestParam(required = false) String q,
			HttpServletRequest request, Model model) {
		PickKind pickKind = PickKind.ofPath(kind).orElseThrow(() -> new UnknownPickKind(kind));
		String query = request.getParameter(Pickers.QUERY + field);
		String[] chosen = request.getParameterValues(field);
		model.addAttribute("field", field);
		model.addAttribute("matches", picks.search(pickKind, query == null ? q : query,
				chosen == null ? List.of() : Arrays.asList(chosen), MATCHES));
		return "fragments/picker :: matches";
	}

}
