package org.parley.timeline.web;

import org.parley.system.web.Exports;

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

	private final Exports exports;

	TimelineController(Timeline timeline, Exports exports) {
		this.exports = exports;
		this.timeline = timeline;
	}

	@GetMapping("/events")
	Object timeline(@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format, Model model) {
		boolean export = Exports.wanted(format);
		var page = timeline.page(new TimelineFilter(party, topic, from, to));
		if (export) {
			return exports.answer(format, TimelineExport.of(page));
		}
		model.addAttribute("page", page);
		return "event/list";
	}

}
