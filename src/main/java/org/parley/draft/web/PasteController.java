package org.parley.draft.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.draft.DraftReading;
import org.parley.draft.Drafts;
import org.parley.draft.PastedPlan;

/**
 * "Paste text": a numbered plan pasted as text is split into points, shown for
 * confirmation, and only then added to the draft.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
@RequestMapping("/proposals/{proposal}/versions/{number}/paste")
class PasteController {

	static final int MAX_TEXT = 200_000;

	private final Drafts drafts;

	private final DraftReading reading;

	PasteController(Drafts drafts, DraftReading reading) {
		this.drafts = drafts;
		this.reading = reading;
	}

	@GetMapping
	String paste(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("lockVersion", reading.form(proposal, number).getLockVersion());
		model.addAttribute("text", "");
		return page(proposal, number, model);
	}

	@PostMapping
	String preview(@PathVariable String proposal, @PathVariable int number, @RequestParam String text,
			@RequestParam long lockVersion, @RequestParam(defaultValue = "false") boolean replace,
			@RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
		model.addAttribute("lockVersion", lockVersion);
		model.addAttribute("text", text);
		model.addAttribute("replace", replace);
		if (text.length() > MAX_TEXT) {
			model.addAttribute("problems", List.<String[]>of(new String[] { "paste.textTooLong", "" }));
			return page(proposal, number, model);
		}
		List<PastedPlan.Parsed> points = PastedPlan.split(text);
		if (confirm != null) {
			List<String[]> problems = drafts.addPasted(proposal, number, lockVersion, points, replace);
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("notice", "paste.added");
				redirect.addFlashAttribute("noticeArg", points.size());
				return "redirect:/proposals/{proposal}/versions/{number}/edit";
			}
			model.addAttribute("problems", problems);
		}
		model.addAttribute("points", points);
		return page(proposal, number, model);
	}

	private String page(String proposal, int number, Model model) {
		model.addAttribute("heading", reading.heading(proposal, number));
		return "draft/paste";
	}

}
