package org.parley.source.web;

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

	SourceController(SourceQueries sources, ProposalQueries proposals, PositionQueries positions,
			EventQueries events) {
		this.sources = sources;
		this.proposals = proposals;
		this.positions = positions;
		this.events = events;
	}

	@GetMapping("/sources")
	String sources(Model model) {
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
