package org.parley.draft.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
import org.parley.pick.PickKind;
import org.parley.pick.web.Picker;
import org.parley.pick.web.Pickers;
import org.parley.pick.web.Pickers.Field;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.source.web.NewSources;
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

	private final Pickers pickers;

	private final NewSources newSources;

	DraftController(Drafts drafts, DraftReading reading, VersionChanges changes, Pickers pickers,
			NewSources newSources) {
		this.drafts = drafts;
		this.reading = reading;
		this.changes = changes;
		this.pickers = pickers;
		this.newSources = newSources;
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
		DraftForm form = reading.form(proposal, number);
		model.addAttribute("draftForm", form);
		return page(proposal, number, form, null, model);
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
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (addPoint != null) {
			form.getPoints().add(PointRow.blank(form.getPoints().size() + 1, form.getSources()));
			return page(proposal, number, form, request, model);
		}
		if (notSaving(request, form, result, model)) {
			return page(proposal, number, form, request, model);
		}
		NewSources.refuseUnadded(form, result);
		// the service adds its own rule checks to the binding errors and saves only when there are none
		drafts.save(proposal, number, form, result, publish != null);
		if (result.hasErrors()) {
			return page(proposal, number, form, request, model);
		}
		redirect.addFlashAttribute("notice", "draft.saved");
		return publish != null ? "redirect:/proposals/{proposal}/versions/{number}/publish"
				: "redirect:/proposals/{proposal}/versions/{number}/edit";
	}

	/**
	 * A picker's button or "Add this source": applies it and shows the form again, with errors
	 * only for what could not be read and for the new source, which joins the version's sources
	 * (and so becomes a choice of every point's sources). Points chosen with a point picker show
	 * as links with their kind.
	 */
	private boolean notSaving(HttpServletRequest request, DraftForm form, BindingResult result, Model model) {
		if (!Pickers.isPickerAction(request) && !NewSources.isRequested(request)) {
			return false;
		}
		BindingResult shown = Pickers.onlyUnreadableInput(result);
		if (NewSources.isRequested(request)) {
			newSources.add(request, form, shown, "sources");
		}
		else {
			pickers.apply(request, form);
		}
		form.absorbLinks();
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "draftForm", shown);
		return true;
	}

	/** The pickers of the draft form: the version's sources, and each point's topics and linked points. */
	static Field[] pickerFields(DraftForm form) {
		List<Field> fields = new ArrayList<>();
		fields.add(Field.many("sources", PickKind.SOURCES));
		for (int i = 0; i < form.getPoints().size(); i++) {
			fields.add(Field.many("points[" + i + "].topics", PickKind.TOPICS));
			fields.add(Field.many("points[" + i + "].linkTo", PickKind.POINTS));
		}
		return fields.toArray(Field[]::new);
	}

	/** Every source the point rows offer as a checkbox. */
	private static List<String> sourceChoices(DraftForm form) {
		List<String> keys = new ArrayList<>(form.getSources());
		for (int i = 0; i < form.getPoints().size(); i++) {
			keys.addAll(form.sourceChoices(i));
		}
		return keys;
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
		model.addAttribute("pickers", pickers.pickers(null, form, Field.many("points[" + index + "].topics", PickKind.TOPICS),
				Field.many("points[" + index + "].linkTo", PickKind.POINTS)));
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("choices", reading.choices(proposal, number, form.sourceChoices(index), Map.of()));
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

	private String page(String proposal, int number, DraftForm form, HttpServletRequest request, Model model) {
		Map<String, Picker> shown = pickers.pickers(request, form, pickerFields(form));
		model.addAttribute("pickers", shown);
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("heading", reading.heading(proposal, number));
		Map<String, String> known = new HashMap<>();
		shown.get("sources").chosen().forEach(item -> known.put(item.value(), item.label()));
		model.addAttribute("choices", reading.choices(proposal, number, sourceChoices(form), known));
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("completenesses", Completeness.values());
		return "draft/draft";
	}

}
