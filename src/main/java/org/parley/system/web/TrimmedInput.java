package org.parley.system.web;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form object receives its text trimmed, and a blank field as null, so no service
 * checks for blank strings by hand. Passwords are taken as typed: a space may be part of one.
 * Single request parameters (no binding target) are left as they come.
 */
@ControllerAdvice
class TrimmedInput {

	@InitBinder
	void trimText(WebDataBinder binder) {
		// a form object has a target, or a target type while it is being constructed; a single
		// parameter has neither
		if (binder.getTarget() == null && binder.getTargetType() == null) {
			return;
		}
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		// an editor for a property path wins over the one for its type
		binder.registerCustomEditor(String.class, "password", new AsTyped());
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
