package org.parley.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.api.ApiEvent;
import org.parley.api.ApiPage;
import org.parley.event.EventQueries;

/** Events; the statements made at one are at /api/v1/positions filtered by its party. */
@RestController
@RequestMapping(path = "/api/v1/events", produces = "application/json")
@Tag(name = "Events")
class EventApi {

	private final EventQueries events;

	EventApi(EventQueries events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "Events, latest first")
	ApiPage<ApiEvent> events(@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		return ApiPage.of(events.latest(Paging.pageable(page, size)), ApiEvent::of);
	}

	@GetMapping("/{event}")
	@Operation(summary = "An event with who took part and what it cites")
	ApiEvent event(@Parameter(description = "The event's slug") @PathVariable String event) {
		return ApiEvent.of(events.event(event));
	}

}
