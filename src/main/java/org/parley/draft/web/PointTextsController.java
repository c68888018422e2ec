package org.parley.draft.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.draft.DraftReading;
import org.parley.draft.PointTextForm;
import org.parley.draft.PointTexts;
import org.parley.proposal.Language;
import org.parley.proposal.WordingBasis;

/**
 * A draft's points in other languages than their primary (English) text: a page per point,
 * apart from the draft form, with a form for one language at a time. Under the draft's
 * {@code /edit/}, so EditorPages already covers it.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
@RequestMapping("/proposals/{proposal}/versions/{number}/edit")
class PointTextsController {

	private final PointTexts texts;

	private final DraftReading reading;

	PointTextsController(PointTexts texts, DraftReading reading) {
		this.texts = texts;
		this.reading = reading;
	}

	/** The draft's points with the languages each is recorded in. */
	@GetMapping("/texts")
	String points(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("heading", reading.heading(proposal, number));
		model.addAttribute("points", texts.points(proposal, number));
		return "draft/texts-index";
	}

	@GetMapping("/points/{label}/texts")
	String edit(@PathVariable String proposal, @PathVariable int number, @PathVariable String label,
			@RequestParam(required = false) String language, Model model) {
		return page(proposal, number, label, texts.form(proposal, number, label, language), model);
	}

	@PostMapping("/points/{label}/texts")
	String save(@PathVariable String proposal, @PathVariable int number, @PathVariable String label,
			@Valid @ModelAttribute("pointTextForm") PointTextForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = texts.save(proposal, number, label, form, result);
		if (next == null) {
			return page(proposal, number, label, form, model);
		}
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + next;
	}

	private String page(String proposal, int number, String label, PointTextForm form, Model model) {
		model.addAttribute("pointTextForm", form);
		model.addAttribute("page", texts.page(proposal, number, label));
		model.addAttribute("languages", Language.translations());
		model.addAttribute("bases", WordingBasis.values());
		return "draft/texts";
	}

}
