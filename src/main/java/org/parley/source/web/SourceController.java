package org.parley.source.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.system.Paging;
import org.parley.system.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.system.web.Exports;

import org.parley.event.EventQueries;
import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;
import org.parley.source.SourceQueries;
import org.parley.source.SourceView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

	/** Versions, points, positions and events per page of a source: the lists page together. */
	static final int PAGE_SIZE = 20;

	private final SourceQueries sources;

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	private final EventQueries events;

	private final Exports exports;

	SourceController(SourceQueries sources, ProposalQueries proposals, PositionQueries positions,
			EventQueries events, Exports exports) {
		this.exports = exports;
		this.sources = sources;
		this.proposals = proposals;
		this.positions = positions;
		this.events = events;
	}

	/** Sources per page of the list; the exports hold them all. */
	static final int LIST_PAGE_SIZE = 50;

	@GetMapping("/sources")
	Object sources(@RequestParam(required = false) String format, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		if (Exports.wanted(format)) {
			return exports.answer(format, new Exports.Table("sources",
					List.of("key", "publisher", "title", "url", "published on", "grade", "note", "page"),
					sources.sources().stream().map(s -> Arrays.asList(s.key(), s.publisher(), s.title(), s.url(),
							String.valueOf(s.publishedOn()), s.reliability().name().toLowerCase(Locale.ROOT).replace('_', ' '),
							s.note(), s.pageUrl())).toList()));
		}
		Page<SourceView> shown = sources.sources(Paging.page(page, LIST_PAGE_SIZE));
		Paging.within(shown.getPageable(), shown.getTotalElements());
		model.addAttribute("sources", shown.getContent());
		model.addAttribute("pages", PageLinks.of(shown, request));
		return "source/list";
	}

	/** The source and everything that cites it. */
	@GetMapping("/sources/{source}")
	String source(@PathVariable String source, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		Pageable shown = Paging.page(page, PAGE_SIZE);
		SourceView found = sources.source(source);
		var versions = proposals.versionsCiting(found.id(), shown);
		var points = proposals.pointsCiting(found.id(), shown);
		var stated = positions.citing(found.id(), shown);
		var held = events.citing(found.id(), shown);
		model.addAttribute("pages", PageLinks.together(request, versions, points, stated, held));
		model.addAttribute("source", found);
		model.addAttribute("versions", versions);
		model.addAttribute("points", points);
		model.addAttribute("positions", stated);
		model.addAttribute("events", held);
		return "source/source";
	}

}
