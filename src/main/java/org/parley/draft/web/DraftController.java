package org.parley.draft.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.draft.DraftForm;
import org.parley.draft.DraftReading;
import org.parley.draft.Drafts;
import org.parley.draft.PointRow;
import org.parley.draft.VersionChanges;
import org.parley.proposal.Completeness;
import org.parley.system.BadRequestException;
import org.parley.proposal.Provenance;
import org.parley.source.DatePrecision;

/** New versions from a published one, the draft editor, publishing and discarding. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
@RequestMapping("/proposals/{proposal}/versions")
class DraftController {

	/** Rows the form binder grows a list to; a row past it could never be saved. */
	static final int MAX_POINTS = DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT;

	private final Drafts drafts;

	private final DraftReading reading;

	private final VersionChanges changes;

	DraftController(Drafts drafts, DraftReading reading, VersionChanges changes) {
		this.drafts = drafts;
		this.reading = reading;
		this.changes = changes;
	}

	@GetMapping("/new")
	String newVersion(@PathVariable String proposal, @RequestParam int from, Model model) {
		model.addAttribute("plan", reading.plan(proposal, from));
		model.addAttribute("token", UUID.randomUUID());
		return "draft/new-version";
	}

	@PostMapping("/new")
	String createVersion(@PathVariable String proposal, @RequestParam int from,
			@RequestParam(required = false) UUID token, RedirectAttributes redirect) {
		String path = drafts.createFrom(proposal, from, token);
		redirect.addFlashAttribute("notice", "draft.created");
		return "redirect:" + path;
	}

	@GetMapping("/{number}/edit")
	String edit(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("draftForm", reading.form(proposal, number));
		return page(proposal, number, model);
	}

	/**
	 * Saves the draft, or (the no-JavaScript "Add a point" button) shows the same form with one
	 * more blank row, keeping everything typed so far. The "Publish…" button of the same form
	 * saves with the rules of publishing too, then asks for confirmation: nothing typed is lost
	 * and nothing is published yet.
	 */
	@PostMapping("/{number}/edit")
	String save(@PathVariable String proposal, @PathVariable int number,
			@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result,
			@RequestParam(required = false) String addPoint, @RequestParam(required = false) String publish,
			Model model, RedirectAttributes redirect) {
		if (addPoint != null) {
			form.getPoints().add(PointRow.blank(form.getPoints().size() + 1, form.getSources()));
			return page(proposal, number, model);
		}
		// the service adds its own rule checks to the binding errors and saves only when there are none
		drafts.save(proposal, number, form, result, publish != null);
		if (result.hasErrors()) {
			return page(proposal, number, model);
		}
		redirect.addFlashAttribute("notice", "draft.saved");
		return publish != null ? "redirect:/proposals/{proposal}/versions/{number}/publish"
				: "redirect:/proposals/{proposal}/versions/{number}/edit";
	}

	/** One blank point row, for HTMX to append without reloading the page. */
	@GetMapping("/{number}/edit/point")
	String pointRow(@PathVariable String proposal, @PathVariable int number, @RequestParam int index, Model model) {
		if (index < 0 || index >= MAX_POINTS) {
			throw new BadRequestException("error.draft.tooManyPoints", MAX_POINTS, index);
		}
		DraftForm form = new DraftForm();
		// the sources the draft cites as saved: what the new row offers and starts with
		form.setSources(reading.versionSources(proposal, number));
		for (int i = 0; i < index; i++) {
			form.getPoints().add(new PointRow());
		}
		form.getPoints().add(PointRow.blank(index + 1, form.getSources()));
		model.addAttribute("draftForm", form);
		model.addAttribute("index", index);
		model.addAttribute("choices", reading.choices(proposal, number));
		model.addAttribute("heading", reading.heading(proposal, number));
		return "draft/point-row :: added";
	}

	/** The saved draft's changes against its base, and the button that publishes it. */
	@GetMapping("/{number}/publish")
	String confirmPublishing(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("lockVersion", reading.lockVersion(proposal, number));
		model.addAttribute("heading", reading.heading(proposal, number));
		model.addAttribute("changes", changes.of(proposal, number));
		return "draft/publish";
	}

	/** Publishes, once confirmed on the page above; a draft changed since that page was shown answers 409. */
	@PostMapping("/{number}/publish")
	String publish(@PathVariable String proposal, @PathVariable int number, @RequestParam long lockVersion,
			RedirectAttributes redirect) {
		drafts.publish(proposal, number, lockVersion);
		redirect.addFlashAttribute("notice", "draft.published");
		return "redirect:/proposals/{proposal}/versions/{number}/changes";
	}

	@GetMapping("/{number}/discard")
	String confirmDiscarding(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("lockVersion", reading.lockVersion(proposal, number));
		model.addAttribute("heading", reading.heading(proposal, number));
		return "draft/discard";
	}

	@PostMapping("/{number}/discard")
	String discard(@PathVariable String proposal, @PathVariable int number, @RequestParam long lockVersion,
			RedirectAttributes redirect) {
		drafts.discard(proposal, number, lockVersion);
		redirect.addFlashAttribute("notice", "draft.discarded");
		return "redirect:/proposals/{proposal}";
	}

	@GetMapping("/{number}/changes")
	String changes(@PathVariable String proposal, @PathVariable int number, Model model) {
		model.addAttribute("heading", reading.heading(proposal, number));
		model.addAttribute("changes", changes.of(proposal, number));
		return "draft/changes";
	}

	private String page(String proposal, int number, Model model) {
		model.addAttribute("heading", reading.heading(proposal, number));
		model.addAttribute("choices", reading.choices(proposal, number));
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("completenesses", Completeness.values());
		return "draft/draft";
	}

}
