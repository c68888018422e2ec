package org.parley.system.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.system.References;

/**
 * The two steps of deleting reference data without JavaScript: a page that asks to confirm (or
 * says what still refers to the record), then the POST, refused with 409 and the same page while
 * anything refers to it.
 */
public final class Deletions {

	private Deletions() {
	}

	/** The confirmation page: {@code action} is the address the confirming form posts to. */
	public static String confirm(References references, String action, Model model) {
		model.addAttribute("references", references);
		model.addAttribute("action", action);
		return "delete";
	}

	/** After the POST: back to {@code list} with a notice, or the refusal with what refers to it. */
	public static String outcome(References references, String action, String list, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!references.none()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return confirm(references, action, model);
		}
		redirect.addFlashAttribute("notice", "form.deleted");
		redirect.addFlashAttribute("noticeArg", references.name());
		return "redirect:" + list;
	}

}
