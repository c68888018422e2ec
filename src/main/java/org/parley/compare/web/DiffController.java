package org.parley.compare.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.compare.VersionDiff;
import org.parley.compare.VersionKey;

@Controller
class DiffController {

	private final VersionDiff versionDiff;

	DiffController(VersionDiff versionDiff) {
		this.versionDiff = versionDiff;
	}

	@GetMapping("/diff")
	String diff(@RequestParam String from, @RequestParam String to, Model model) {
		model.addAttribute("view", versionDiff.between(VersionKey.parse("from", from), VersionKey.parse("to", to)));
		return "diff/diff";
	}

}
