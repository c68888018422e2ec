package org.parley.draft.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.draft.DraftReading;
import org.parley.draft.NewProposals;
import org.parley.draft.ProposalForm;
import org.parley.pick.PickKind;
import org.parley.pick.web.Pickers;
import org.parley.pick.web.Pickers.Field;
import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.source.DatePrecision;

/** A new proposal and its first draft; {@code ?counterTo=us-28-point-plan@1} starts a counter-proposal. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class NewProposalController {

	private final NewProposals proposals;

	private final DraftReading drafts;

	private final Pickers pickers;

	NewProposalController(NewProposals proposals, DraftReading drafts, Pickers pickers) {
		this.proposals = proposals;
		this.drafts = drafts;
		this.pickers = pickers;
	}

	@GetMapping("/proposals/new")
	String newProposal(@RequestParam(required = false) String counterTo, Model model) {
		ProposalForm form = new ProposalForm();
		if (counterTo != null && !counterTo.isBlank()) {
			form.setBasedOn(counterTo);
			form.setCounter(true);
		}
		return page(form, UUID.randomUUID(), null, model);
	}

	@PostMapping("/proposals/new")
	String create(@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result,
			@RequestParam(required = false) UUID token, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (Pickers.isPickerAction(request)) {
			// a picker's button: show the form again with the choice applied, save nothing
			pickers.apply(request, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "proposalForm", Pickers.onlyUnreadableInput(result));
			return page(form, token, request, model);
		}
		String path = proposals.create(form, token, result);
		if (path == null) {
			return page(form, token, request, model);
		}
		redirect.addFlashAttribute("notice", "proposal.created");
		return "redirect:" + path;
	}

	private String page(ProposalForm form, UUID token, HttpServletRequest request, Model model) {
		model.addAttribute("proposalForm", form);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		model.addAttribute("pickers", pickers.pickers(request, form, Field.many("proposers", PickKind.PARTIES)));
		model.addAttribute("versions", drafts.versionChoices());
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("completenesses", Completeness.values());
		return "draft/new-proposal";
	}

}
