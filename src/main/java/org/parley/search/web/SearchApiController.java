package org.parley.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.calendar.Today;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.search.InvalidSearch;
import org.parley.search.Search;
import org.parley.search.SearchFilter;
import org.parley.search.SearchHit;
import org.parley.search.SearchResults;
import org.parley.search.Snippet;

/** {@code /api/v1/search}: the results of {@code /search} as JSON, with absolute permalinks. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final Search search;

	private final Today today;

	private final ProposalQueries proposals;

	SearchApiController(Search search, Today today, ProposalQueries proposals) {
		this.proposals = proposals;
		this.search = search;
		this.today = today;
	}

	/**
	 * A page of results; {@code source} and {@code retrieved} say where and when it was taken.
	 * {@code page} counts from 0 as in every list of the API (the HTML page counts from 1).
	 */
	record Results(String query, String source, LocalDate retrieved, long total, Map<String, Long> counts, int page,
			int pageSize, int pageCount, String next, List<Result> results) {
	}

	/** One result; {@code snippet} is plain text, {@code snippetParts} marks what matched. */
	record Result(String kind, String title, String context, String stance, LocalDate date, String permalink,
			String snippet, List<Snippet.Part> snippetParts) {
	}

	@GetMapping(path = "/api/v1/search", produces = "application/json")
	@Operation(summary = "Full-text search over points, positions, events and sources, as on /search")
	Results search(@RequestParam String q, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) String proposal, @RequestParam(required = false) VersionKey version,
			@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String reliability,
			@Parameter(description = "Page number, from 0.") @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request) {
		if (page < 0 || page >= SearchFilter.MAX_PAGE) {
			throw new InvalidSearch("error.search.apiPage", SearchFilter.MAX_PAGE - 1);
		}
		SearchFilter filter = SearchFilter.of(q, kind, proposal, proposals.resolve(version, null), party, topic, from,
				to, reliability, page + 1);
		SearchResults results = search.search(filter);
		Map<String, Long> counts = results.counts()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new));
		return new Results(filter.query(), SearchParameters.source(request), today.date(), results.total(), counts,
				page, SearchResults.PAGE_SIZE, results.pageCount(),
				results.hasNext() ? SearchParameters.absolute(SearchParameters.inApi(filter, page + 1)) : null,
				results.hits().stream().map(SearchApiController::result).toList());
	}

	private static Result result(SearchHit hit) {
		return new Result(hit.kind().code(), hit.title(), hit.context(),
				hit.stance() == null ? null : hit.stance().name().toLowerCase(Locale.ROOT), hit.date(),
				SearchParameters.absolute(hit.permalink()), hit.snippet().text(), hit.snippet().parts());
	}

}
