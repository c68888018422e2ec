package org.parley.history.web;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.HandlerMapping;

import org.parley.history.Histories;
import org.parley.history.Histories.History;

/** "History" views: who changed what and when, with the state before and after (editors only). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class HistoryController {

	private static final String SOURCE = "/sources/{key}/history";

	private static final String EVENT = "/events/{key}/history";

	private static final String PARTY = "/parties/{key}/history";

	private static final String PERSON = "/people/{key}/history";

	private static final String TOPIC = "/topics/{key}/history";

	private static final String MEASURE = "/measures/{key}/history";

	private final Histories histories;

	/** The history of each kind of record known by its key (a slug), by the address pattern that asks for it. */
	private final Map<String, Function<String, History>> byKey;

	HistoryController(Histories histories) {
		this.histories = histories;
		this.byKey = Map.of(SOURCE, histories::source, EVENT, histories::event, PARTY, histories::party, PERSON,
				histories::person, TOPIC, histories::topic, MEASURE, histories::measure);
	}

	@GetMapping({ SOURCE, EVENT, PARTY, PERSON, TOPIC, MEASURE })
	String record(@PathVariable String key, HttpServletRequest request, Model model) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return page(byKey.get(pattern).apply(key), model);
	}

	@GetMapping("/proposals/{proposal}/versions/{number}/history")
	String version(@PathVariable String proposal, @PathVariable int number, Model model) {
		return page(histories.version(proposal, number), model);
	}

	@GetMapping("/positions/{id}/history")
	String position(@PathVariable long id, Model model) {
		return page(histories.position(id), model);
	}

	private static String page(History history, Model model) {
		model.addAttribute("history", history);
		return "history/history";
	}

}
