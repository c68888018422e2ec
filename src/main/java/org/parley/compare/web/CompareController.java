package org.parley.compare.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.compare.Comparison;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.ReadingLanguages;
import org.parley.proposal.VersionKey;
import org.parley.system.BadRequestException;
import org.parley.system.web.Citations;
import org.parley.system.web.RenderedFragments;
import org.parley.system.web.RenderedPages;

@Controller
class CompareController {

	private static final List<String> LISTS = List.of("versions", "lang");

	private final Comparison comparison;

	private final RenderedPages pages;

	private final RenderedFragments fragments;

	private final ProposalQueries proposals;

	private final Citations citations;

	private final MessageSource messages;

	CompareController(Comparison comparison, RenderedPages pages, RenderedFragments fragments,
			ProposalQueries proposals, Citations citations, MessageSource messages) {
		this.fragments = fragments;
		this.citations = citations;
		this.messages = messages;
		this.comparison = comparison;
		this.pages = pages;
		this.proposals = proposals;
	}

	@GetMapping("/compare")
	Object compare(@RequestParam(required = false) List<VersionKey> versions,
			@RequestParam(required = false) VersionKey base,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			HttpServletRequest http, HttpServletResponse response, Locale locale, Model model) {
		String canonical = CompareParameters.canonical(http, "/compare", LISTS);
		if (canonical != null) {
			return "redirect:" + canonical;
		}
		// proposal@latest: the version in force on asOf (or today), said on the page
		List<Chosen> chosen = new ArrayList<>();
		List<VersionKey> keys = versions == null ? List.of()
				: versions.stream().filter(Objects::nonNull).map(k -> resolve(k, asOf, chosen)).toList();
		base = base == null ? null : resolve(base, asOf, chosen);
		model.addAttribute("chosenVersions", chosen.stream().distinct().toList());
		String format = CompareParameters.single(http, "format");
		ReadingLanguages languages = ReadingLanguages.parse(CompareParameters.list(http, "lang"));
		if (format != null && !format.equals("csv") && !Citations.wanted(format)) {
			throw new BadRequestException("error.parameter.format", format);
		}
		if (keys.isEmpty()) {
			if (format != null || http.getParameterMap().size() > 0) {
				throw new BadRequestException("error.compare.versionsRequired");
			}
			model.addAttribute("renderedContent", pages.content(http, response, locale, "compare/compare", "content",
					() -> Map.of("choices", comparison.choices(), "selected", selected(List.of()))));
			return "compare/page";
		}
		Comparison.Request request = new Comparison.Request(keys, base, CompareParameters.onlyChanged(http),
				CompareParameters.includeUnknown(http), CompareParameters.single(http, "topic"), asOf);
		Citations.Citation citation = citations.of(
				messages.getMessage("cite.title.comparison",
						new Object[] { String.join(", ", keys.stream().map(VersionKey::toString).toList()) }, locale),
				messages.getMessage("app.name", null, locale), null);
		if (Citations.wanted(format)) {
			return citations.answer(format, citation);
		}
		model.addAttribute("citation", citation);
		if (format != null) {
			Comparison.View view = comparison.compare(request);
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("parley-comparison.csv").build().toString())
				.body(ComparisonCsv.write(view));
		}
		model.addAttribute("renderedContent", pages.content(http, response, locale, "compare/compare", "content", () -> {
			Comparison.View view = comparison.compare(request, languages);
			return Map.of("view", view, "rows", rows(view, http, response, locale), "choices", view.choices(),
					"selected", selected(keys), "csvUrl", http.getRequestURI() + "?" + http.getQueryString() + "&format=csv");
		}));
		return "compare/page";
	}

	/** The table's rows as HTML: a row whose values an earlier page had already is not rendered again. */
	private List<String> rows(Comparison.View view, HttpServletRequest http, HttpServletResponse response,
			Locale locale) {
		List<String> rows = new ArrayList<>(view.rows().size());
		for (Comparison.Line line : view.rows()) {
			Map<String, Object> values = new HashMap<>();
			values.put("line", line);
			values.put("columns", view.columns());
			values.put("languages", view.languages());
			rows.add(fragments.fragment(http, response, locale, "compare/row", "row", values));
		}
		return rows;
	}

	/** What {@code proposal@latest} stood for on this page. */
	record Chosen(String asked, String chosen, String asOf) {
	}

	private VersionKey resolve(VersionKey key, LocalDate asOf, List<Chosen> chosen) {
		if (!key.latest()) {
			return key;
		}
		VersionKey found = proposals.resolve(key, asOf);
		chosen.add(new Chosen(key.toString(), found.toString(), asOf == null ? null : asOf.toString()));
		return found;
	}

	/** The pickers' values: one per column, empty for unused ones. */
	private static List<String> selected(List<VersionKey> versions) {
		List<String> selected = new ArrayList<>(versions.stream().map(VersionKey::toString).toList());
		while (selected.size() < Comparison.MAX_VERSIONS) {
			selected.add("");
		}
		return selected;
	}

}
