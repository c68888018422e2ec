package org.parley.event.web;

import org.parley.event.EventQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EventController {

	private final EventQueries events;

	EventController(EventQueries events) {
		this.events = events;
	}

	@GetMapping("/events")
	String events(Model model) {
		model.addAttribute("events", events.timeline());
		return "event/list";
	}

	@GetMapping("/events/{event}")
	String event(@PathVariable String event, Model model) {
		model.addAttribute("page", events.event(event));
		return "event/event";
	}

}
