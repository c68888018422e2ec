package org.parley.system.web;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's form of one kind of record (a topic, a party, a source…): the model attribute
 * that holds the form object, the template that shows it, and the address below which its
 * pages live ({@code /topics}). A new record's form carries a one-time token, so that a double
 * submit creates one record (the submitted token is shown again after errors); a correction is
 * guarded by the lock version the form object carries, and a stale one gets the 409 page
 * ({@link EditingAdvice}).
 */
public record RecordForm(String path, String attribute, String template) {

	/** The form page: {@code editing} is the key (or id) of the record corrected, null for a new one. */
	public String show(Object form, Object editing, UUID token, Model model) {
		model.addAttribute(attribute, form);
		model.addAttribute("editing", editing);
		model.addAttribute("token", token == null ? UUID.randomUUID() : token);
		return template;
	}

	/** After a save: {@code page} is the saved record's page, or null when errors show the form again. */
	public String outcome(String page, Object form, Object editing, UUID token, Model model,
			RedirectAttributes redirect) {
		return outcome(page, () -> show(form, editing, token, model), redirect);
	}

	/** Where the confirmation of deleting the record {@code key} posts to. */
	public String deletion(String key) {
		return path + "/" + key + "/delete";
	}

	/** After a save, for a form page that shows more than the form ({@code formPage} builds it). */
	public static String outcome(String page, Supplier<String> formPage, RedirectAttributes redirect) {
		if (page == null) {
			return formPage.get();
		}
		redirect.addFlashAttribute("notice", "form.saved");
		return "redirect:" + page;
	}

}
