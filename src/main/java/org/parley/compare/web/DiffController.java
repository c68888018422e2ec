package org.parley.compare.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.compare.VersionDiff;
import org.parley.proposal.VersionKey;

@Controller
class DiffController {

	private final VersionDiff versionDiff;

	DiffController(VersionDiff versionDiff) {
		this.versionDiff = versionDiff;
	}

	@GetMapping("/diff")
	String diff(@RequestParam VersionKey from, @RequestParam VersionKey to, Model model) {
		model.addAttribute("view", versionDiff.between(from, to));
		return "diff/diff";
	}

}
