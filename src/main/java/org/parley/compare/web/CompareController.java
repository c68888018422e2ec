package org.parley.compare.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.parley.proposal.VersionKey;
import org.parley.system.BadRequestException;
import org.parley.system.web.RenderedPages;

@Controller
class CompareController {

	private static final List<String> LISTS = List.of("versions");

	private final Comparison comparison;

	private final RenderedPages pages;

	CompareController(Comparison comparison, RenderedPages pages) {
		this.comparison = comparison;
		this.pages = pages;
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
		List<VersionKey> keys = versions == null ? List.of() : versions.stream().filter(Objects::nonNull).toList();
		String format = CompareParameters.single(http, "format");
		if (format != null && !format.equals("csv")) {
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
		if (format != null) {
			Comparison.View view = comparison.compare(request);
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("parley-comparison.csv").build().toString())
				.body(ComparisonCsv.write(view));
		}
		model.addAttribute("renderedContent", pages.content(http, response, locale, "compare/compare", "content", () -> {
			Comparison.View view = comparison.compare(request);
			return Map.of("view", view, "choices", view.choices(), "selected", selected(keys), "csvUrl",
					http.getRequestURI() + "?" + http.getQueryString() + "&format=csv");
		}));
		return "compare/page";
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
