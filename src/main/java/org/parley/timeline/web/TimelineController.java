package org.parley.timeline.web;

import java.time.LocalDate;

import org.parley.timeline.Timeline;
import org.parley.timeline.TimelineFilter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The negotiation timeline, {@code /events}: events and issued versions, filtered by GET parameters. */
@Controller
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/events")
	String timeline(@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("page", timeline.page(new TimelineFilter(party, topic, from, to)));
		return "event/list";
	}

}
