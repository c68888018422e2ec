package org.parley.compare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.parley.compare.Comparison;
import org.parley.compare.VersionKey;
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
	Object compare(HttpServletRequest http, HttpServletResponse response, Locale locale, Model model) {
		String canonical = CompareParameters.canonical(http, "/compare", LISTS);
		if (canonical != null) {
			return "redirect:" + canonical;
		}
		List<String> versions = CompareParameters.values(http, "versions");
		String format = CompareParameters.single(http, "format");
		if (format != null && !format.equals("csv")) {
			throw new BadRequestException("'format' can only be 'csv', not '" + format + "'.");
		}
		if (versions.isEmpty()) {
			if (format != null || http.getParameterMap().size() > 0) {
				throw new BadRequestException("The parameter 'versions' is required: name 2 to 5 versions "
						+ "as proposal@number, separated by commas.");
			}
			model.addAttribute("renderedContent", pages.content(http, response, locale, "compare/compare", "content",
					() -> Map.of("choices", comparison.choices(), "selected", selected(List.of()))));
			return "compare/page";
		}
		String base = CompareParameters.single(http, "base");
		Comparison.Request request = new Comparison.Request(CompareParameters.versionKeys("versions", versions),
				base == null ? null : VersionKey.parse("base", base), CompareParameters.onlyChanged(http),
				CompareParameters.single(http, "topic"), CompareParameters.date(http, "asOf"));
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
			return Map.of("view", view, "choices", view.choices(), "selected", selected(versions), "csvUrl",
					http.getRequestURI() + "?" + http.getQueryString() + "&format=csv");
		}));
		return "compare/page";
	}

	/** The pickers' values: one per column, empty for unused ones. */
	private static List<String> selected(List<String> versions) {
		List<String> selected = new ArrayList<>(versions);
		while (selected.size() < Comparison.MAX_VERSIONS) {
			selected.add("");
		}
		return selected;
	}

}
