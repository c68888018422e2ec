package org.parley.timeline.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.parley.timeline.Timeline;
import org.parley.timeline.TimelineEntry;
import org.parley.system.web.Exports;

/** The timeline as an export: its events and issued versions, in its order, one row each. */
final class TimelineExport {

	private TimelineExport() {
	}

	static Exports.Table of(Timeline.TimelinePage page) {
		return new Exports.Table("events",
				List.of("date", "kind", "key", "title", "ends on", "place", "outcome", "participants",
						"low confidence", "sources", "permalink"),
				page.entries().stream().map(TimelineExport::row).toList());
	}

	private static List<String> row(TimelineEntry entry) {
		if (entry.event() != null) {
			var e = entry.event();
			return Arrays.asList(String.valueOf(entry.date()), "event", e.slug(), e.title(),
					e.endsOn() == null ? null : e.endsOn().toString(), e.place(), e.outcome(),
					e.participants().stream().map(p -> p.name()).collect(Collectors.joining("; ")),
					String.valueOf(e.doubtful()),
					e.sources().stream().map(s -> s.publisher() + " (" + s.url() + ")").collect(Collectors.joining("; ")),
					e.url());
		}
		var v = entry.version();
		return Arrays.asList(String.valueOf(entry.date()), "version issued", v.ref().key(),
				v.ref().proposalName() + " v" + v.ref().number() + ": " + v.ref().title(), null, null, null,
				v.proposers().stream().map(p -> p.name()).collect(Collectors.joining("; ")), null, null, v.url());
	}

}
