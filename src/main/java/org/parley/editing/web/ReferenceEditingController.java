package org.parley.editing.web;

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

import org.parley.editing.events.EventEditing;
import org.parley.editing.events.EventForm;
import org.parley.editing.positions.PositionEditing;
import org.parley.editing.positions.PositionForm;
import org.parley.editing.sources.SourceEditing;
import org.parley.editing.sources.SourceForm;
import org.parley.position.Stance;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;

/**
 * Forms to add and correct sources, positions and events. Creation forms carry a token so
 * that a double submit creates one record; corrections carry the lock version.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class ReferenceEditingController {

	private final SourceEditing sources;

	private final PositionEditing positions;

	private final EventEditing events;

	ReferenceEditingController(SourceEditing sources, PositionEditing positions, EventEditing events) {
		this.sources = sources;
		this.positions = positions;
		this.events = events;
	}

	// sources ---------------------------------------------------------------------------

	@GetMapping("/sources/new")
	String newSource(Model model) {
		return sourcePage(new SourceForm(), null, model);
	}

	@PostMapping("/sources/new")
	String createSource(@Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = sources.create(form, token, result);
		return page == null ? sourcePage(form, null, model, token) : saved(page, redirect);
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
		return page == null ? sourcePage(form, key, model) : saved(page, redirect);
	}

	private String sourcePage(SourceForm form, String key, Model model) {
		return sourcePage(form, key, model, UUID.randomUUID());
	}

	private String sourcePage(SourceForm form, String key, Model model, UUID token) {
		model.addAttribute("sourceForm", form);
		model.addAttribute("editing", key);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("reliabilities", Reliability.values());
		return "editing/source-form";
	}

	// positions -------------------------------------------------------------------------

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
		return "editing/position-form";
	}

	// events ----------------------------------------------------------------------------

	@GetMapping("/events/new")
	String newEvent(Model model) {
		return eventPage(new EventForm(), null, model, null);
	}

	@PostMapping("/events/new")
	String createEvent(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = events.create(form, token, result);
		return page == null ? eventPage(form, null, model, token) : saved(page, redirect);
	}

	@GetMapping("/events/{slug}/edit")
	String editEvent(@PathVariable String slug, Model model) {
		return eventPage(events.form(slug), slug, model, null);
	}

	@PostMapping("/events/{slug}/edit")
	String updateEvent(@PathVariable String slug, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		String page = events.update(slug, form, result);
		return page == null ? eventPage(form, slug, model, null) : saved(page, redirect);
	}

	private String eventPage(EventForm form, String slug, Model model, UUID token) {
		model.addAttribute("eventForm", form);
		model.addAttribute("editing", slug);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("choices", positions.choices());
		return "editing/event-form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
