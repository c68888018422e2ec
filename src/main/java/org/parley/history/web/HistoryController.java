package org.parley.history.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.parley.history.Histories;

/** "History" views: who changed what and when, with the state before and after (editors only). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class HistoryController {

	private final Histories histories;

	HistoryController(Histories histories) {
		this.histories = histories;
	}

	@GetMapping("/proposals/{proposal}/versions/{number}/history")
	String version(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("history", histories.version(proposal, number));
		return "history/history";
	}

	@GetMapping("/sources/{key}/history")
	String source(@PathVariable String key, Model model) {
		model.addAttribute("history", histories.source(key));
		return "history/history";
	}

	@GetMapping("/events/{slug}/history")
	String event(@PathVariable String slug, Model model) {
		model.addAttribute("history", histories.event(slug));
		return "history/history";
	}

	@GetMapping("/positions/{id}/history")
	String position(@PathVariable long id, Model model) {
		model.addAttribute("history", histories.position(id));
		return "history/history";
	}

	@GetMapping("/parties/{slug}/history")
	String party(@PathVariable String slug, Model model) {
		model.addAttribute("history", histories.party(slug));
		return "history/history";
	}

	@GetMapping("/people/{slug}/history")
	String person(@PathVariable String slug, Model model) {
		model.addAttribute("history", histories.person(slug));
		return "history/history";
	}

	@GetMapping("/topics/{slug}/history")
	String topic(@PathVariable String slug, Model model) {
		model.addAttribute("history", histories.topic(slug));
		return "history/history";
	}

	@GetMapping("/measures/{slug}/history")
	String measure(@PathVariable String slug, Model model) {
		model.addAttribute("history", histories.measure(slug));
		return "history/history";
	}

}
