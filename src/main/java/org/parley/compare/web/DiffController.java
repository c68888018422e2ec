package org.parley.compare.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.compare.VersionDiff;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;

@Controller
class DiffController {

	private final VersionDiff versionDiff;

	private final ProposalQueries proposals;

	DiffController(VersionDiff versionDiff, ProposalQueries proposals) {
		this.versionDiff = versionDiff;
		this.proposals = proposals;
	}

	@GetMapping("/diff")
	String diff(@RequestParam VersionKey from, @RequestParam VersionKey to, Model model) {
		model.addAttribute("view", versionDiff.between(proposals.resolve(from, null), proposals.resolve(to, null)));
		return "diff/diff";
	}

}
