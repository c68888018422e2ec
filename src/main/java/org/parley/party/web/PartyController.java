package org.parley.party.web;

import org.parley.party.PartyQueries;
import org.parley.party.PartyView;
import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartyController {

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
	String party(@PathVariable String party, Model model) {
		PartyView found = parties.party(party);
		model.addAttribute("party", found);
		model.addAttribute("proposals", proposals.proposalsOf(found.id()));
		model.addAttribute("positions", positions.byParty(found.id()));
		return "party/party";
	}

}
