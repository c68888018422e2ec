package org.parley.compare.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.compare.PositionsMatrix;
import org.parley.compare.Statements;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.proposal.VersionKey.PointKey;
import org.parley.position.Stance;
import org.parley.system.BadRequestException;
import org.parley.system.web.Citations;
import org.parley.system.web.Exports;
import org.parley.system.web.RenderedPages;

@Controller
class PositionsController {

	private static final List<String> LISTS = List.of("party", "topic");

	private final PositionsMatrix matrix;

	private final Statements statements;

	private final RenderedPages pages;

	private final Exports exports;

	private final Citations citations;

	private final MessageSource messages;

	private final ProposalQueries proposals;

	PositionsController(PositionsMatrix matrix, Statements statements, RenderedPages pages, Exports exports,
			Citations citations, MessageSource messages, ProposalQueries proposals) {
		this.proposals = proposals;
		this.citations = citations;
		this.messages = messages;
		this.exports = exports;
		this.matrix = matrix;
		this.statements = statements;
		this.pages = pages;
	}

	@GetMapping("/positions")
	Object matrix(@RequestParam(required = false) VersionKey version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			HttpServletRequest http, HttpServletResponse response, Locale locale, Model model) {
		String canonical = CompareParameters.canonical(http, "/positions", LISTS);
		if (canonical != null) {
			return "redirect:" + canonical;
		}
		var request = new PositionsMatrix.Request(proposals.resolve(version, asOf), CompareParameters.values(http, "party"),
				CompareParameters.values(http, "topic"), asOf);
		String format = CompareParameters.single(http, "format");
		Citations.Citation citation = citations.of(messages.getMessage("cite.title.positions", null, locale),
				messages.getMessage("app.name", null, locale), null);
		if (Citations.wanted(format)) {
			return citations.answer(format, citation);
		}
		if (Exports.wanted(format)) {
			return exports.answer(format, PositionsExport.matrix(matrix.matrix(request)));
		}
		model.addAttribute("citation", citation);
		model.addAttribute("renderedContent", pages.content(http, response, locale, "positions/matrix", "content",
				() -> Map.of("view", matrix.matrix(request), "stances", Stance.values())));
		return "positions/page";
	}

	@GetMapping("/positions/statements")
	Object statements(@RequestParam(required = false) VersionKey version,
			@RequestParam(required = false) PointKey point,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			HttpServletRequest http, Model model) {
		String party = CompareParameters.single(http, "party");
		if (party == null) {
			throw new BadRequestException("error.parameter.missing", "party");
		}
		Statements.View view = statements
			.of(new Statements.Request(party, CompareParameters.single(http, "topic"), point, proposals.resolve(version, asOf), asOf));
		String format = CompareParameters.single(http, "format");
		if (Exports.wanted(format)) {
			return exports.answer(format, PositionsExport.statements(view));
		}
		model.addAttribute("view", view);
		return "positions/statements";
	}

}
