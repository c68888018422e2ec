package org.parley.event.web;

import org.parley.event.EventQueries;
import org.parley.event.EventView;
import org.parley.position.PositionQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EventController {

	private final EventQueries events;

	private final PositionQueries positions;

	EventController(EventQueries events, PositionQueries positions) {
		this.events = events;
		this.positions = positions;
	}

	@GetMapping("/events/{event}")
	String event(@PathVariable String event, Model model) {
		EventView found = events.event(event);
		model.addAttribute("page", new EventPage(found, positions.atEvent(found.id())));
		return "event/event";
	}

}
