package org.parley.proposal.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.system.web.Deletions;
import org.parley.proposal.MeasureEditing;
import org.parley.proposal.MeasureForm;

/** Forms to add, correct and delete the measures of key figures (a token against double submits, the lock version on corrections). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class MeasureEditingController {

	private final MeasureEditing measures;

	MeasureEditingController(MeasureEditing measures) {
		this.measures = measures;
	}

	@GetMapping("/measures/new")
	String newMeasure(Model model) {
		return page(new MeasureForm(), null, model, null);
	}

	@PostMapping("/measures/new")
	String createMeasure(@Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = measures.create(form, token, result);
		return page == null ? page(form, null, model, token) : saved(page, redirect);
	}

	@GetMapping("/measures/{slug}/edit")
	String editMeasure(@PathVariable String slug, Model model) {
		return page(measures.form(slug), slug, model, null);
	}

	@PostMapping("/measures/{slug}/edit")
	String updateMeasure(@PathVariable String slug, @Valid @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		String page = measures.update(slug, form, result);
		return page == null ? page(form, slug, model, null) : saved(page, redirect);
	}

	@GetMapping("/measures/{slug}/delete")
	String confirmDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(measures.references(slug), "/measures/" + slug + "/delete", model);
	}

	@PostMapping("/measures/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Deletions.outcome(measures.delete(slug), "/measures/" + slug + "/delete", "/measures", model, response,
				redirect);
	}

	private String page(MeasureForm form, String slug, Model model, UUID token) {
		model.addAttribute("measureForm", form);
		model.addAttribute("editing", slug);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		return "proposal/measure-form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
