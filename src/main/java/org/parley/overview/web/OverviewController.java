package org.parley.overview.web;

import org.parley.event.EventQueries;
import org.parley.position.PositionQueries;
import org.parley.proposal.KeyFigureQueries;
import org.parley.proposal.ProposalQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest proposals, what was said and done lately, and the key figures side by side. */
@Controller
class OverviewController {

	/** The front page shows a bounded selection, so it costs the same however much data there is. */
	static final int LATEST_PROPOSALS = 6;

	static final int FIGURE_COLUMNS = 6;

	static final int LATEST_POSITIONS = 8;

	static final int LATEST_EVENTS = 6;

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	private final EventQueries events;

	private final KeyFigureQueries figures;

	OverviewController(ProposalQueries proposals, PositionQueries positions, EventQueries events,
			KeyFigureQueries figures) {
		this.proposals = proposals;
		this.positions = positions;
		this.events = events;
		this.figures = figures;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("proposals", proposals.latest(LATEST_PROPOSALS));
		model.addAttribute("positions", positions.latest(LATEST_POSITIONS));
		model.addAttribute("events", events.latest(LATEST_EVENTS));
		model.addAttribute("figures", figures.latest(FIGURE_COLUMNS));
		return "overview/overview";
	}

}
