package org.parley.search.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.calendar.Today;
import org.parley.csv.CsvCells;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.search.Search;
import org.parley.search.SearchFilter;
import org.parley.search.SearchHit;
import org.parley.search.SearchResults;
import org.parley.source.Reliability;

/** {@code /search}: the results page, and the same page of results as CSV at {@code /search.csv}. */
@Controller
class SearchController {

	private final Search search;

	private final Today today;

	private final ProposalQueries proposals;

	SearchController(Search search, Today today, ProposalQueries proposals) {
		this.proposals = proposals;
		this.search = search;
		this.today = today;
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) String proposal, @RequestParam(required = false) VersionKey version,
			@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String reliability, @RequestParam(required = false) Integer page,
			Model model) {
		SearchFilter filter = SearchFilter.of(q, kind, proposal, proposals.resolve(version, null), party, topic, from,
				to, reliability, page);
		SearchResults results = search.search(filter);
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", filter.query());
		model.addAttribute("kinds", SearchParameters.KINDS);
		model.addAttribute("reliabilities", List.of(Reliability.values()));
		if (filter.hasQuery()) {
			model.addAttribute("csvUrl", SearchParameters.at("/search.csv", filter, filter.page()));
			model.addAttribute("jsonUrl", SearchParameters.inApi(filter, filter.page() - 1));
			model.addAttribute("previousUrl", SearchParameters.at("/search", filter, filter.page() - 1));
			model.addAttribute("nextUrl", SearchParameters.at("/search", filter, filter.page() + 1));
		}
		return "search/search";
	}

	@GetMapping("/search.csv")
	ResponseEntity<String> csv(@RequestParam String q, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) String proposal, @RequestParam(required = false) VersionKey version,
			@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String reliability, @RequestParam(required = false) Integer page,
			HttpServletRequest request) {
		SearchFilter filter = SearchFilter.of(q, kind, proposal, proposals.resolve(version, null), party, topic, from,
				to, reliability, page);
		SearchResults results = search.search(filter);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("parley-search.csv").build().toString())
			.body(write(results, SearchParameters.source(request), today.date()));
	}

	/**
	 * One row per result of the page; the last two columns say where and when the rows were
	 * taken, so a copied spreadsheet still cites its source.
	 */
	private static String write(SearchResults results, String source, LocalDate retrieved) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CsvCells.printer(out, List.of("rank", "kind", "title", "context", "stance", "date",
				"snippet", "permalink", "results in all", "source URL", "retrieved on"))) {
			long rank = results.firstNumber();
			for (SearchHit hit : results.hits()) {
				CsvCells.printRecord(csv,
						List.of(String.valueOf(rank++), hit.kind().code(), hit.title(), nullToEmpty(hit.context()),
								hit.stance() == null ? "" : hit.stance().name().toLowerCase(Locale.ROOT).replace('_', ' '),
								hit.date().toString(), hit.snippet().text(), SearchParameters.absolute(hit.permalink()),
								String.valueOf(results.total()), source, retrieved.toString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
