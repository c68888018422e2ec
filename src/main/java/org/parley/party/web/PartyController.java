package org.parley.party.web;

import org.parley.party.PartyQueries;
import org.parley.party.PartyView;
import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.system.Paging;
import org.parley.system.web.PageLinks;

import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartyController {

	/** Proposals, and positions, per page of a party: both lists page together. */
	static final int PAGE_SIZE = 20;

	private final PartyQueries parties;

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	PartyController(PartyQueries parties, ProposalQueries proposals, PositionQueries positions) {
		this.parties = parties;
		this.proposals = proposals;
		this.positions = positions;
	}

	@GetMapping("/parties")
	String parties(Model model) {
		model.addAttribute("parties", parties.parties());
		return "party/list";
	}

	@GetMapping("/parties/{party}")
	String party(@PathVariable String party, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		Pageable shown = Paging.page(page, PAGE_SIZE);
		PartyView found = parties.party(party);
		var proposed = proposals.proposalsOf(found.id(), shown);
		var stated = positions.byParty(found.id(), shown);
		model.addAttribute("pages", PageLinks.together(request, proposed, stated));
		model.addAttribute("party", found);
		model.addAttribute("proposals", proposed);
		model.addAttribute("positions", stated);
		return "party/party";
	}

}
