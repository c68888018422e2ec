package org.parley.position.web;

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

import org.parley.position.PositionEditing;
import org.parley.position.PositionForm;
import org.parley.position.Stance;

/**
 * Forms to record and correct positions. The creation form carries a token so that a double
 * submit records one position; corrections carry the lock version.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class PositionEditingController {

	private final PositionEditing positions;

	PositionEditingController(PositionEditing positions) {
		this.positions = positions;
	}

	@GetMapping("/positions/new")
	String newPosition(@RequestParam(required = false) String point, Model model) {
		return positionPage(positions.blank(point), null, model, UUID.randomUUID());
	}

	@PostMapping("/positions/new")
	String createPosition(@Valid @ModelAttribute("positionForm") PositionForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = positions.create(form, token, result);
		return page == null ? positionPage(form, null, model, token) : saved(page, redirect);
	}

	@GetMapping("/positions/{id}/edit")
	String editPosition(@PathVariable long id, Model model) {
		return positionPage(positions.form(id), id, model, null);
	}

	@PostMapping("/positions/{id}/edit")
	String updatePosition(@PathVariable long id, @Valid @ModelAttribute("positionForm") PositionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String page = positions.update(id, form, result);
		return page == null ? positionPage(form, id, model, null) : saved(page, redirect);
	}

	private String positionPage(PositionForm form, Long id, Model model, UUID token) {
		model.addAttribute("positionForm", form);
		model.addAttribute("editing", id);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("choices", positions.choices());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("targetKinds", PositionForm.TargetKind.values());
		return "position/form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
