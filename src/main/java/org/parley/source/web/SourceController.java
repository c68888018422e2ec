package org.parley.source.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

	@GetMapping("/sources")
	Object sources(@RequestParam(required = false) String format, Model model) {
		if (Exports.wanted(format)) {
			return exports.answer(format, new Exports.Table("sources",
					List.of("key", "publisher", "title", "url", "published on", "grade", "note", "page"),
					sources.sources().stream().map(s -> Arrays.asList(s.key(), s.publisher(), s.title(), s.url(),
							String.valueOf(s.publishedOn()), s.reliability().name().toLowerCase(Locale.ROOT).replace('_', ' '),
							s.note(), s.pageUrl())).toList()));
		}
		model.addAttribute("sources", sources.sources());
		return "source/list";
	}

	/** The source and everything that cites it. */
	@GetMapping("/sources/{source}")
	String source(@PathVariable String source, Model model) {
		SourceView found = sources.source(source);
		model.addAttribute("source", found);
		model.addAttribute("versions", proposals.versionsCiting(found.id()));
		model.addAttribute("points", proposals.pointsCiting(found.id()));
		model.addAttribute("positions", positions.citing(found.id()));
		model.addAttribute("events", events.citing(found.id()));
		return "source/source";
	}

}
