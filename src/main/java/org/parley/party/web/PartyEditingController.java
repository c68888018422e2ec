package org.parley.party.web;

import java.util.UUID;
import java.util.function.Supplier;

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
import org.parley.system.web.RecordForm;

/**
 * Forms to add, correct and delete parties and people. Creation forms carry a token so that a
 * double submit creates one record; corrections carry the lock version. A group's members and
 * a person's party are chosen with pickers; their buttons show the form again, nothing saved.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class PartyEditingController {

	private static final Field MEMBERS = Field.many("members", PickKind.PARTIES);

	private static final Field PARTY_FIELD = Field.one("party", PickKind.PARTIES);

	private static final RecordForm PARTY = new RecordForm("/parties", "partyForm", "party/form");

	private static final RecordForm PERSON = new RecordForm("/people", "personForm", "party/person-form");

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
		return save(PARTY, form, result, request, model, redirect, () -> editing.createParty(form, token, result),
				() -> partyPage(form, null, model, token, request));
	}

	@GetMapping("/parties/{slug}/edit")
	String editParty(@PathVariable String slug, Model model) {
		return partyPage(editing.partyForm(slug), slug, model, null, null);
	}

	@PostMapping("/parties/{slug}/edit")
	String updateParty(@PathVariable String slug, @Valid @ModelAttribute("partyForm") PartyForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		return save(PARTY, form, result, request, model, redirect, () -> editing.updateParty(slug, form, result),
				() -> partyPage(form, slug, model, null, request));
	}

	@GetMapping("/parties/{slug}/delete")
	String confirmPartyDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(editing.partyReferences(slug), PARTY.deletion(slug), model);
	}

	@PostMapping("/parties/{slug}/delete")
	String deleteParty(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return Deletions.outcome(editing.deleteParty(slug), PARTY.deletion(slug), PARTY.path(), model, response,
				redirect);
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
		return save(PERSON, form, result, request, model, redirect, () -> editing.createPerson(form, token, result),
				() -> personPage(form, null, model, token, request));
	}

	@GetMapping("/people/{slug}/edit")
	String editPerson(@PathVariable String slug, Model model) {
		return personPage(editing.personForm(slug), slug, model, null, null);
	}

	@PostMapping("/people/{slug}/edit")
	String updatePerson(@PathVariable String slug, @Valid @ModelAttribute("personForm") PersonForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		return save(PERSON, form, result, request, model, redirect, () -> editing.updatePerson(slug, form, result),
				() -> personPage(form, slug, model, null, request));
	}

	@GetMapping("/people/{slug}/delete")
	String confirmPersonDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(editing.personReferences(slug), PERSON.deletion(slug), model);
	}

	@PostMapping("/people/{slug}/delete")
	String deletePerson(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var references = editing.deletePerson(slug); // back to their party's page once deleted
		return Deletions.outcome(references, PERSON.deletion(slug), references.page(), model, response, redirect);
	}

	/**
	 * Saves the form ({@code save} returns the saved record's page, or null after errors) and
	 * shows it again after errors ({@code formPage}). A picker's button (without JavaScript)
	 * saves nothing: it applies the picker and shows the form again, with errors only for
	 * unreadable input.
	 */
	private String save(RecordForm kind, Object form, BindingResult result, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Supplier<String> save, Supplier<String> formPage) {
		if (Pickers.isPickerAction(request)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + kind.attribute(), Pickers.onlyUnreadableInput(result));
			pickers.apply(request, form);
			return formPage.get();
		}
		return RecordForm.outcome(save.get(), formPage, redirect);
	}

	private String partyPage(PartyForm form, String slug, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("pickers", pickers.pickers(request, form, MEMBERS));
		return PARTY.show(form, slug, token, model);
	}

	private String personPage(PersonForm form, String slug, Model model, UUID token, HttpServletRequest request) {
		model.addAttribute("pickers", pickers.pickers(request, form, PARTY_FIELD));
		return PERSON.show(form, slug, token, model);
	}

}
