package org.parley.compare.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.parley.compare.PositionsMatrix;
import org.parley.compare.Statements;
import org.parley.compare.VersionKey;
import org.parley.position.Stance;
import org.parley.system.BadRequestException;
import org.parley.system.web.RenderedPages;

@Controller
class PositionsController {

	private static final List<String> LISTS = List.of("party", "topic");

	private final PositionsMatrix matrix;

	private final Statements statements;

	private final RenderedPages pages;

	PositionsController(PositionsMatrix matrix, Statements statements, RenderedPages pages) {
		this.matrix = matrix;
		this.statements = statements;
		this.pages = pages;
	}

	@GetMapping("/positions")
	String matrix(HttpServletRequest http, HttpServletResponse response, Locale locale, Model model) {
		String canonical = CompareParameters.canonical(http, "/positions", LISTS);
		if (canonical != null) {
			return "redirect:" + canonical;
		}
		String version = CompareParameters.single(http, "version");
		var request = new PositionsMatrix.Request(version == null ? null : VersionKey.parse("version", version),
				CompareParameters.values(http, "party"), CompareParameters.values(http, "topic"),
				CompareParameters.date(http, "asOf"));
		model.addAttribute("renderedContent", pages.content(http, response, locale, "positions/matrix", "content",
				() -> Map.of("view", matrix.matrix(request), "stances", Stance.values())));
		return "positions/page";
	}

	@GetMapping("/positions/statements")
	String statements(HttpServletRequest http, Model model) {
		String party = CompareParameters.single(http, "party");
		if (party == null) {
			throw new BadRequestException("The parameter 'party' is required.");
		}
		String version = CompareParameters.single(http, "version");
		model.addAttribute("view",
				statements.of(new Statements.Request(party, CompareParameters.single(http, "topic"),
						CompareParameters.single(http, "point"),
						version == null ? null : VersionKey.parse("version", version),
						CompareParameters.date(http, "asOf"))));
		return "positions/statements";
	}

}
