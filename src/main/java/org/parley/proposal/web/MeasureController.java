package org.parley.proposal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.parley.proposal.MeasureEditing;

/** The measures key figures are stated in, with how many figures use each. */
@Controller
class MeasureController {

	private final MeasureEditing measures;

	MeasureController(MeasureEditing measures) {
		this.measures = measures;
	}

	@GetMapping("/measures")
	String measures(Model model) {
		model.addAttribute("measures", measures.measures());
		return "proposal/measures";
	}

}
