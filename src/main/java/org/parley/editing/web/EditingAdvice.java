package org.parley.editing.web;

import java.beans.PropertyEditorSupport;

import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.parley.editing.EditConflictException;
import org.parley.proposal.PublishedVersionException;

/**
 * Conflicts answer 409 with a page that keeps the editor's input; text from forms is kept as
 * typed except for the one character PostgreSQL cannot store (NUL), which would otherwise
 * turn hostile input into a 500.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before any catch-all advice of other features
@ControllerAdvice(basePackages = { "org.parley.editing", "org.parley.security" })
class EditingAdvice {

	@InitBinder
	void text(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : text.replace('\u0000', '\uFFFD'));
			}
		});
	}

	@ExceptionHandler(EditConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(EditConflictException ex, Model model) {
		model.addAttribute("conflict", ex);
		return "error/409";
	}

	/** A race the form check could not see (two saves at the same instant): the same page, without the diff. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String staleSave(Model model) {
		return "error/409";
	}

	/**
	 * A uniqueness rule broken by a save made at the same moment (two new versions numbered
	 * alike, one short name taken twice): the forms check these first, so only a race gets here.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String clash(Model model) {
		model.addAttribute("messageKey", "error.409.clash");
		return "error/409";
	}

	@ExceptionHandler(PublishedVersionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String published(PublishedVersionException ex, Model model) {
		model.addAttribute("messageKey", "error.409.published");
		model.addAttribute("messageArg", ex.getVersionKey());
		return "error/409";
	}

}
