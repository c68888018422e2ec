package org.parley.api;

import java.time.LocalDate;
import java.util.List;

import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.SourceView;

/**
 * A source with its grade ({@code weak}: it cannot carry a claim alone) and, on its own page,
 * what cites it: versions and points by key, events by slug. {@code url} is the outlet's
 * address, {@code href} Parley's page about it.
 */
public record ApiSource(String key, String publisher, String title, String url, LocalDate publishedOn,
		DatePrecision datePrecision, Reliability reliability, boolean weak, String note, List<String> citedByVersions,
		List<String> citedByPoints, List<String> citedByEvents, String href) {

	public static ApiSource of(SourceView s, List<String> versions, List<String> points, List<String> events) {
		return new ApiSource(s.key(), s.publisher(), s.title(), s.url(), s.publishedOn(), s.datePrecision(),
				s.reliability(), s.reliability() != null && s.reliability().weak(), s.note(), versions, points, events,
				s.pageUrl());
	}

}
