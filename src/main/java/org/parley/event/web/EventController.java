package org.parley.event.web;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.event.EventQueries;
import org.parley.event.EventView;
import org.parley.position.PositionQueries;
import org.parley.position.PositionView;
import org.parley.system.Paging;
import org.parley.system.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EventController {

	private final EventQueries events;

	private final PositionQueries positions;

	EventController(EventQueries events, PositionQueries positions) {
		this.events = events;
		this.positions = positions;
	}

	/** Statements made at an event, per page: a summit may gather any number of them. */
	static final int PAGE_SIZE = 20;

	@GetMapping("/events/{event}")
	String event(@PathVariable String event, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		Pageable shown = Paging.page(page, PAGE_SIZE);
		EventView found = events.event(event);
		Page<PositionView> stated = positions.atEvent(found.id(), shown);
		model.addAttribute("pages", PageLinks.together(request, stated));
		model.addAttribute("page", new EventPage(found, stated));
		return "event/event";
	}

}
