package org.parley.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.parley.system.EditConflictException;
import org.parley.proposal.PublishedVersionException;
import org.parley.system.web.SubmittedInput;

/**
 * Conflicts answer 409 with a page that keeps the editor's input. Races decided by the database
 * arrive here as Spring's exceptions, translated at the service boundary (see
 * {@code ServiceExceptionTranslation}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before any catch-all advice of other features
// Editor controllers carry @PreAuthorize (SecurityTest checks it), wherever their feature puts them.
@ControllerAdvice(annotations = PreAuthorize.class, basePackages = "org.parley.security")
class EditingAdvice {

	@ExceptionHandler(EditConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(EditConflictException ex, Model model) {
		model.addAttribute("conflict", ex);
		return "error/409";
	}

	/**
	 * A race the form check could not see (two saves at the same instant, or a lock the database
	 * gave up waiting for): the same page, with what the editor sent instead of the comparison.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String staleSave(HttpServletRequest request, Model model) {
		model.addAttribute("submitted", SubmittedInput.of(request));
		return "error/409";
	}

	/**
	 * A uniqueness rule broken by a save made at the same moment (two new versions numbered
	 * alike, one short name taken twice): the forms check these first, so only a race gets here.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String clash(HttpServletRequest request, Model model) {
		model.addAttribute("messageKey", "error.409.clash");
		model.addAttribute("submitted", SubmittedInput.of(request));
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
