package org.parley.position.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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

import org.parley.pick.PickKind;
import org.parley.pick.web.Pickers;
import org.parley.pick.web.Pickers.Field;
import org.parley.system.web.RecordForm;
import org.parley.position.PositionEditing;
import org.parley.position.PositionForm;
import org.parley.position.Stance;
import org.parley.source.web.NewSources;

/**
 * Forms to record and correct positions. The creation form carries a token so that a double
 * submit records one position; corrections carry the lock version. Parties, people, topics,
 * sources and events are chosen with pickers; their buttons, and "Add this source", show the
 * form again with everything typed kept instead of saving it.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class PositionEditingController {

	private static final RecordForm POSITION = new RecordForm("/positions", "positionForm", "position/form");

	/** The form's pickers; a new source added inline becomes its source, or else one of the further sources. */
	private static final Field[] PICKERS = { Field.one("party", PickKind.PARTIES), Field.one("person", PickKind.PEOPLE),
			Field.one("targetTopic", PickKind.TOPICS), Field.one("topic", PickKind.TOPICS),
			Field.one("source", PickKind.SOURCES), Field.many("furtherSources", PickKind.SOURCES),
			Field.one("event", PickKind.EVENTS) };

	private final PositionEditing positions;

	private final Pickers pickers;

	private final NewSources newSources;

	PositionEditingController(PositionEditing positions, Pickers pickers, NewSources newSources) {
		this.positions = positions;
		this.pickers = pickers;
		this.newSources = newSources;
	}

	@GetMapping("/positions/new")
	String newPosition(@RequestParam(required = false) String point, Model model) {
		return positionPage(positions.blank(point), null, model, UUID.randomUUID(), null);
	}

	@PostMapping("/positions/new")
	String createPosition(@Valid @ModelAttribute("positionForm") PositionForm form, BindingResult result,
			@RequestParam(required = false) UUID token, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return newSources.save(POSITION, form, result, request, model, redirect, () -> positions.create(form, token, result),
				() -> positionPage(form, null, model, token, request), "source", "furtherSources");
	}

	@GetMapping("/positions/{id}/edit")
	String editPosition(@PathVariable long id, Model model) {
		return positionPage(positions.form(id), id, model, null, null);
	}

	@PostMapping("/positions/{id}/edit")
	String updatePosition(@PathVariable long id, @Valid @ModelAttribute("positionForm") PositionForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return newSources.save(POSITION, form, result, request, model, redirect, () -> positions.update(id, form, result),
				() -> positionPage(form, id, model, null, request), "source", "furtherSources");
	}

	private String positionPage(PositionForm form, Long id, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("pickers", pickers.pickers(request, form, PICKERS));
		model.addAttribute("stances", Stance.values());
		model.addAttribute("targetKinds", PositionForm.TargetKind.values());
		return POSITION.show(form, id, token, model);
	}

}
