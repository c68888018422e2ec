package org.parley.draft.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.parley.draft.DraftReading;

/** The editors' list of open drafts, the one changed last first. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class OpenDraftsController {

	private final DraftReading reading;

	OpenDraftsController(DraftReading reading) {
		this.reading = reading;
	}

	@GetMapping("/drafts")
	String drafts(Model model) {
		model.addAttribute("drafts", reading.openDrafts());
		return "draft/drafts";
	}

}
