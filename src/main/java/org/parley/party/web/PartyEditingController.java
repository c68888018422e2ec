package org.parley.party.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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

import org.parley.party.PartyEditing;
import org.parley.party.PartyForm;
import org.parley.party.PartyKind;
import org.parley.party.PersonForm;
import org.parley.pick.PickKind;
import org.parley.pick.web.Pickers;
import org.parley.pick.web.Pickers.Field;
import org.parley.system.web.Deletions;

/**
 * Forms to add, correct and delete parties and people. Creation forms carry a token so that a
 * double submit creates one record; corrections carry the lock version. A group's members and
 * a person's party are chosen with pickers; their buttons show the form again, nothing saved.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class PartyEditingController {

	private static final Field MEMBERS = Field.many("members", PickKind.PARTIES);

	private static final Field PARTY = Field.one("party", PickKind.PARTIES);

	private final PartyEditing editing;

	private final Pickers pickers;

	PartyEditingController(PartyEditing editing, Pickers pickers) {
		this.editing = editing;
		this.pickers = pickers;
	}

	@GetMapping("/parties/new")
	String newParty(Model model) {
		return partyPage(new PartyForm(), null, model, null, null);
	}

	@PostMapping("/parties/new")
	String createParty(@Valid @ModelAttribute("partyForm") PartyForm form, BindingResult result,
			@RequestParam(required = false) UUID token, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (picking(request, form, "partyForm", result, model)) {
			return partyPage(form, null, model, token, request);
		}
		String page = editing.createParty(form, token, result);
		return page == null ? partyPage(form, null, model, token, request) : saved(page, redirect);
	}

	@GetMapping("/parties/{slug}/edit")
	String editParty(@PathVariable String slug, Model model) {
		return partyPage(editing.partyForm(slug), slug, model, null, null);
	}

	@PostMapping("/parties/{slug}/edit")
	String updateParty(@PathVariable String slug, @Valid @ModelAttribute("partyForm") PartyForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		if (picking(request, form, "partyForm", result, model)) {
			return partyPage(form, slug, model, null, request);
		}
		String page = editing.updateParty(slug, form, result);
		return page == null ? partyPage(form, slug, model, null, request) : saved(page, redirect);
	}

	@GetMapping("/parties/{slug}/delete")
	String confirmPartyDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(editing.partyReferences(slug), "/parties/" + slug + "/delete", model);
	}

	@PostMapping("/parties/{slug}/delete")
	String deleteParty(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return Deletions.outcome(editing.deleteParty(slug), "/parties/" + slug + "/delete", "/parties", model,
				response, redirect);
	}

	@GetMapping("/people/new")
	String newPerson(@RequestParam(required = false) String party, Model model) {
		PersonForm form = new PersonForm();
		form.setParty(party);
		return personPage(form, null, model, null, null);
	}

	@PostMapping("/people/new")
	String createPerson(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			@RequestParam(required = false) UUID token, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (picking(request, form, "personForm", result, model)) {
			return personPage(form, null, model, token, request);
		}
		String page = editing.createPerson(form, token, result);
		return page == null ? personPage(form, null, model, token, request) : saved(page, redirect);
	}

	@GetMapping("/people/{slug}/edit")
	String editPerson(@PathVariable String slug, Model model) {
		return personPage(editing.personForm(slug), slug, model, null, null);
	}

	@PostMapping("/people/{slug}/edit")
	String updatePerson(@PathVariable String slug, @Valid @ModelAttribute("personForm") PersonForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		if (picking(request, form, "personForm", result, model)) {
			return personPage(form, slug, model, null, request);
		}
		String page = editing.updatePerson(slug, form, result);
		return page == null ? personPage(form, slug, model, null, request) : saved(page, redirect);
	}

	@GetMapping("/people/{slug}/delete")
	String confirmPersonDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(editing.personReferences(slug), "/people/" + slug + "/delete", model);
	}

	@PostMapping("/people/{slug}/delete")
	String deletePerson(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var references = editing.deletePerson(slug); // back to their party's page once deleted
		return Deletions.outcome(references, "/people/" + slug + "/delete", references.page(), model, response,
				redirect);
	}

	/** A picker's button (without JavaScript): applies it and shows the form again, with errors only for unreadable input. */
	private boolean picking(HttpServletRequest request, Object form, String name, BindingResult result, Model model) {
		if (!Pickers.isPickerAction(request)) {
			return false;
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, Pickers.onlyUnreadableInput(result));
		pickers.apply(request, form);
		return true;
	}

	private String partyPage(PartyForm form, String slug, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("partyForm", form);
		model.addAttribute("editing", slug);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("pickers", pickers.pickers(request, form, MEMBERS));
		return "party/form";
	}

	private String personPage(PersonForm form, String slug, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("personForm", form);
		model.addAttribute("editing", slug);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("pickers", pickers.pickers(request, form, PARTY));
		return "party/person-form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
