package org.parley.event.web;

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

import org.parley.event.EventEditing;
import org.parley.event.EventForm;
import org.parley.position.PositionEditing;

/**
 * Forms to add and correct events. The creation form carries a token so that a double submit
 * creates one event; corrections carry the lock version. The choices (people, parties,
 * sources) are those of the position form.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class EventEditingController {

	private final EventEditing events;

	private final PositionEditing positions;

	EventEditingController(EventEditing events, PositionEditing positions) {
		this.events = events;
		this.positions = positions;
	}

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
		return "event/form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
