package org.parley.timeline.web;

import org.parley.system.Paging;
import org.parley.system.web.Exports;
import org.parley.system.web.PageLinks;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

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

	/** Entries (events and issued versions) per page of the timeline. */
	static final int PAGE_SIZE = 50;

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
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		TimelineFilter filter = new TimelineFilter(party, topic, from, to);
		if (Exports.wanted(format)) {
			// the export is the whole timeline the filter selects, one file
			return exports.answer(format, TimelineExport.of(timeline.page(filter)));
		}
		var shown = timeline.page(filter, Paging.page(page, PAGE_SIZE));
		model.addAttribute("page", shown);
		model.addAttribute("pages", PageLinks.of(shown.shown(), request));
		return "event/list";
	}

}
