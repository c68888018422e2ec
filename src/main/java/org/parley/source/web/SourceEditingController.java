package org.parley.source.web;

import java.util.UUID;

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

import org.parley.source.SourceEditing;
import org.parley.source.SourceForm;
import org.parley.system.web.RecordForm;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;

/**
 * Forms to add and correct sources. The creation form carries a token so that a double submit
 * creates one source; corrections carry the lock version.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class SourceEditingController {

	private static final RecordForm SOURCE = new RecordForm("/sources", "sourceForm", "source/form");

	private final SourceEditing sources;

	SourceEditingController(SourceEditing sources) {
		this.sources = sources;
	}

	@GetMapping("/sources/new")
	String newSource(Model model) {
		return sourcePage(new SourceForm(), null, model);
	}

	@PostMapping("/sources/new")
	String createSource(@Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = sources.create(form, token, result);
		return RecordForm.outcome(page, () -> sourcePage(form, null, model, token), redirect);
	}

	@GetMapping("/sources/{key}/edit")
	String editSource(@PathVariable String key, Model model) {
		return sourcePage(sources.form(key), key, model);
	}

	@PostMapping("/sources/{key}/edit")
	String updateSource(@PathVariable String key, @Valid @ModelAttribute("sourceForm") SourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setKey(key);
		String page = sources.update(key, form, result);
		return RecordForm.outcome(page, () -> sourcePage(form, key, model), redirect);
	}

	private String sourcePage(SourceForm form, String key, Model model) {
		return sourcePage(form, key, model, UUID.randomUUID());
	}

	private String sourcePage(SourceForm form, String key, Model model, UUID token) {
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("reliabilities", Reliability.values());
		return SOURCE.show(form, key, token, model);
	}

}
