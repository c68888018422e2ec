package org.parley.topic.web;

import java.util.UUID;

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

import org.parley.system.web.Deletions;
import org.parley.topic.TopicEditing;
import org.parley.topic.TopicForm;

/** Forms to add, correct and delete topics (a token against double submits, the lock version on corrections). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class TopicEditingController {

	private final TopicEditing topics;

	TopicEditingController(TopicEditing topics) {
		this.topics = topics;
	}

	@GetMapping("/topics/new")
	String newTopic(Model model) {
		return page(new TopicForm(), null, model, null);
	}

	@PostMapping("/topics/new")
	String createTopic(@Valid @ModelAttribute("topicForm") TopicForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		String page = topics.create(form, token, result);
		return page == null ? page(form, null, model, token) : saved(page, redirect);
	}

	@GetMapping("/topics/{slug}/edit")
	String editTopic(@PathVariable String slug, Model model) {
		return page(topics.form(slug), slug, model, null);
	}

	@PostMapping("/topics/{slug}/edit")
	String updateTopic(@PathVariable String slug, @Valid @ModelAttribute("topicForm") TopicForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		String page = topics.update(slug, form, result);
		return page == null ? page(form, slug, model, null) : saved(page, redirect);
	}

	@GetMapping("/topics/{slug}/delete")
	String confirmDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(topics.references(slug), "/topics/" + slug + "/delete", model);
	}

	@PostMapping("/topics/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Deletions.outcome(topics.delete(slug), "/topics/" + slug + "/delete", "/topics", model, response,
				redirect);
	}

	private String page(TopicForm form, String slug, Model model, UUID token) {
		model.addAttribute("topicForm", form);
		model.addAttribute("editing", slug);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		return "topic/form";
	}

	private static String saved(String page, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
