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
import org.parley.system.web.RecordForm;
import org.parley.proposal.MeasureEditing;
import org.parley.proposal.MeasureForm;

/** Forms to add, correct and delete the measures of key figures (a token against double submits, the lock version on corrections). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class MeasureEditingController {

	private static final RecordForm MEASURE = new RecordForm("/measures", "measureForm", "proposal/measure-form");

	private final MeasureEditing measures;

	MeasureEditingController(MeasureEditing measures) {
		this.measures = measures;
	}

	@GetMapping("/measures/new")
	String newMeasure(Model model) {
		return MEASURE.show(new MeasureForm(), null, null, model);
	}

	@PostMapping("/measures/new")
	String createMeasure(@Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		return MEASURE.outcome(measures.create(form, token, result), form, null, token, model, redirect);
	}

	@GetMapping("/measures/{slug}/edit")
	String editMeasure(@PathVariable String slug, Model model) {
		return MEASURE.show(measures.form(slug), slug, null, model);
	}

	@PostMapping("/measures/{slug}/edit")
	String updateMeasure(@PathVariable String slug, @Valid @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		return MEASURE.outcome(measures.update(slug, form, result), form, slug, null, model, redirect);
	}

	@GetMapping("/measures/{slug}/delete")
	String confirmDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(measures.references(slug), MEASURE.deletion(slug), model);
	}

	@PostMapping("/measures/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Deletions.outcome(measures.delete(slug), MEASURE.deletion(slug), MEASURE.path(), model, response,
				redirect);
	}

}
