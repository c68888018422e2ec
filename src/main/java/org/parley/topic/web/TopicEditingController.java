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
import org.parley.system.web.RecordForm;
import org.parley.topic.TopicEditing;
import org.parley.topic.TopicForm;

/** Forms to add, correct and delete topics (a token against double submits, the lock version on corrections). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')") // a second line behind the URL rules of EditorPages
class TopicEditingController {

	private static final RecordForm TOPIC = new RecordForm("/topics", "topicForm", "topic/form");

	private final TopicEditing topics;

	TopicEditingController(TopicEditing topics) {
		this.topics = topics;
	}

	@GetMapping("/topics/new")
	String newTopic(Model model) {
		return TOPIC.show(new TopicForm(), null, null, model);
	}

	@PostMapping("/topics/new")
	String createTopic(@Valid @ModelAttribute("topicForm") TopicForm form, BindingResult result,
			@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect) {
		return TOPIC.outcome(topics.create(form, token, result), form, null, token, model, redirect);
	}

	@GetMapping("/topics/{slug}/edit")
	String editTopic(@PathVariable String slug, Model model) {
		return TOPIC.show(topics.form(slug), slug, null, model);
	}

	@PostMapping("/topics/{slug}/edit")
	String updateTopic(@PathVariable String slug, @Valid @ModelAttribute("topicForm") TopicForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSlug(slug);
		return TOPIC.outcome(topics.update(slug, form, result), form, slug, null, model, redirect);
	}

	@GetMapping("/topics/{slug}/delete")
	String confirmDeletion(@PathVariable String slug, Model model) {
		return Deletions.confirm(topics.references(slug), TOPIC.deletion(slug), model);
	}

	@PostMapping("/topics/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Deletions.outcome(topics.delete(slug), TOPIC.deletion(slug), TOPIC.path(), model, response,
				redirect);
	}

}
