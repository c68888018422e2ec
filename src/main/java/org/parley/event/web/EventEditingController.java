package org.parley.event.web;

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

import org.parley.event.EventEditing;
import org.parley.event.EventForm;
import org.parley.pick.PickKind;
import org.parley.pick.web.Pickers;
import org.parley.pick.web.Pickers.Field;
import org.parley.system.web.RecordForm;
import org.parley.source.web.NewSources;

/**
 * Forms to add and correct events. The creation form carries a token so that a double submit
 * creates one event; corrections carry the lock version. People, parties and sources are
 * chosen with pickers; their buttons, and "Add this source", show the form again with
 * everything typed kept instead of saving it.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class EventEditingController {

	private static final RecordForm EVENT = new RecordForm("/events", "eventForm", "event/form");

	private static final Field[] PICKERS = { Field.many("people", PickKind.PEOPLE),
			Field.many("parties", PickKind.PARTIES), Field.many("sources", PickKind.SOURCES) };

	private final EventEditing events;

	private final Pickers pickers;

	private final NewSources newSources;

	EventEditingController(EventEditing events, Pickers pickers, NewSources newSources) {
		this.events = events;
		this.pickers = pickers;
		this.newSources = newSources;
	}

	@GetMapping("/events/new")
	String newEvent(Model model) {
		return eventPage(new EventForm(), null, model, null, null);
	}

	@PostMapping("/events/new")
	String createEvent(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			@RequestParam(required = false) UUID token, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return newSources.save(EVENT, form, result, request, model, redirect, () -> events.create(form, token, result),
				() -> eventPage(form, null, model, token, request), "sources");
	}

	@GetMapping("/events/{slug}/edit")
	String editEvent(@PathVariable String slug, Model model) {
		return eventPage(events.form(slug), slug, model, null, null);
	}

	@PostMapping("/events/{slug}/edit")
	String updateEvent(@PathVariable String slug, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		return newSources.save(EVENT, form, result, request, model, redirect, () -> events.update(slug, form, result),
				() -> eventPage(form, slug, model, null, request), "sources");
	}

	private String eventPage(EventForm form, String slug, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("pickers", pickers.pickers(request, form, PICKERS));
		return EVENT.show(form, slug, token, model);
	}

}
