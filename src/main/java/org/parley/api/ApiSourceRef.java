package org.parley.api;

import java.util.List;

import org.parley.source.Reliability;
import org.parley.source.SourceRef;

/**
 * A source as cited beside a claim, with its grade: {@code weak} grades (aggregators,
 * state-controlled outlets, unverified) cannot carry a claim alone, and {@code warning} is what
 * the pages print beside a weak grade.
 */
public record ApiSourceRef(String key, String publisher, String title, Reliability reliability, boolean weak,
		String warning, String href) {

	public static ApiSourceRef of(SourceRef source) {
		boolean weak = source.reliability() != null && source.reliability().weak();
		return new ApiSourceRef(source.key(), source.publisher(), source.title(), source.reliability(), weak,
				weak ? source.note() : null, source.url());
	}

	public static List<ApiSourceRef> of(List<SourceRef> sources) {
		return sources.stream().map(ApiSourceRef::of).toList();
	}

}
