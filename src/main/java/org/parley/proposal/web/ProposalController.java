package org.parley.proposal.web;

import org.parley.compare.Lineage;
import org.parley.proposal.ProposalQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The reading pages of proposals: the list, one proposal, one version, one point. */
@Controller
class ProposalController {

	private final ProposalQueries proposals;

	private final Lineage lineage;

	ProposalController(ProposalQueries proposals, Lineage lineage) {
		this.proposals = proposals;
		this.lineage = lineage;
	}

	@GetMapping("/proposals")
	String proposals(Model model) {
		model.addAttribute("proposals", proposals.proposals());
		return "proposal/list";
	}

	@GetMapping("/proposals/{proposal}")
	String proposal(@PathVariable String proposal, Model model) {
		model.addAttribute("proposal", proposals.proposal(proposal));
		return "proposal/proposal";
	}

	@GetMapping("/proposals/{proposal}/versions/{version}")
	String version(@PathVariable String proposal, @PathVariable int version, Model model) {
		model.addAttribute("page", proposals.versionPage(proposal, version));
		return "proposal/version";
	}

	@GetMapping("/proposals/{proposal}/versions/{version}/points/{label}")
	String point(@PathVariable String proposal, @PathVariable int version, @PathVariable String label, Model model) {
		model.addAttribute("page", proposals.pointPage(proposal, version, label));
		// how the wording changed step by step; published texts only, so its diffs are cached
		model.addAttribute("lineage", lineage.of(proposal, version, label));
		return "proposal/point";
	}

}
