package org.parley.source.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.pick.web.Pickers;
import org.parley.system.web.RecordForm;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;
import org.parley.source.SourceEditing;
import org.parley.source.SourceForm;

/**
 * A new source added from inside another form (position, event, draft) without leaving it:
 * the form holds a {@link SourceForm} as its property {@code newSource}
 * (templates/fragments/new-source.html), and its "Add this source" button
 * ({@code addSource}) creates the source through {@link SourceEditing}, the one rule for new
 * sources, and chooses it in the form; the form is then shown again with everything typed
 * kept. The errors of the new source are reported on {@code newSource.*}, next to its fields.
 */
@Component
public class NewSources {

	/** The request parameter of the "Add this source" button. */
	static final String BUTTON = "addSource";

	/** The property of the form that holds the new source. */
	public static final String PROPERTY = "newSource";

	private final SourceEditing sources;

	private final SpringValidatorAdapter validator;

	private final Pickers pickers;

	NewSources(SourceEditing sources, Validator validator, Pickers pickers) {
		this.sources = sources;
		this.validator = new SpringValidatorAdapter(validator);
		this.pickers = pickers;
	}

	/**
	 * Saves the form of a record that offers pickers and a new source (an event, a position). A
	 * picker's button or "Add this source" saves nothing: it applies the button and shows the
	 * form again ({@code formPage}) with errors only for what could not be read and for the new
	 * source ({@code fields} as for {@link #add}). Otherwise a new source typed but not added is
	 * refused, and {@code save} returns the saved record's page, or null after errors.
	 */
	public String save(RecordForm kind, Object form, BindingResult result, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Supplier<String> save, Supplier<String> formPage, String... fields) {
		if (!Pickers.isPickerAction(request) && !isRequested(request)) {
			refuseUnadded(form, result);
			return RecordForm.outcome(save.get(), formPage, redirect);
		}
		BindingResult shown = Pickers.onlyUnreadableInput(result);
		if (isRequested(request)) {
			add(request, form, shown, fields);
		}
		else {
			pickers.apply(request, form);
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + kind.attribute(), shown);
		return formPage.get();
	}

	/** Whether the request is the "Add this source" button. */
	public static boolean isRequested(HttpServletRequest request) {
		return request.getParameter(BUTTON) != null;
	}

	/**
	 * Creates the form's new source (in a transaction of its own, once per {@code newSourceToken})
	 * and puts its key into the first of {@code fields} that takes it: an empty single field, or a
	 * list. Errors go to {@code result} (the form's) under {@code newSource.}; returns the key, or
	 * null when the source was not created.
	 */
	public String add(HttpServletRequest request, Object form, BindingResult result, String... fields) {
		SourceForm source = (SourceForm) PropertyAccessorFactory.forBeanPropertyAccess(form).getPropertyValue(PROPERTY);
		if (source == null || result.getFieldErrors().stream().anyMatch(e -> e.getField().startsWith(PROPERTY + "."))) {
			return null; // input that could not be read (a malformed date) is already marked
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(source, PROPERTY);
		validator.validate(source, errors);
		if (sources.create(source, token(request), errors) == null) {
			for (FieldError error : errors.getFieldErrors()) {
				result.addError(new FieldError(result.getObjectName(), PROPERTY + "." + error.getField(),
						error.getRejectedValue(), error.isBindingFailure(), error.getCodes(), error.getArguments(),
						error.getDefaultMessage()));
			}
			return null;
		}
		String key = source.getKey();
		var bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (String field : fields) {
			Object current = bean.getPropertyValue(field);
			if (current instanceof List<?> || current == null || current.toString().isBlank()) {
				Pickers.add(form, field, key);
				break;
			}
		}
		bean.setPropertyValue(PROPERTY, new SourceForm()); // added: the fields are free for another one
		return key;
	}

	/**
	 * On the form's own save: refuses to save while the new-source fields hold something typed
	 * but not added, so that a source the editor meant to add is never dropped in silence.
	 */
	public static void refuseUnadded(Object form, BindingResult result) {
		SourceForm source = (SourceForm) PropertyAccessorFactory.forBeanPropertyAccess(form).getPropertyValue(PROPERTY);
		boolean typed = source != null && (source.getKey() != null || source.getTitle() != null
				|| source.getPublisher() != null || source.getUrl() != null || source.getPublishedOn() != null
				|| source.getReliability() != null || source.getNote() != null);
		if (typed || result.getFieldErrors().stream().anyMatch(e -> e.getField().startsWith(PROPERTY + "."))) {
			result.rejectValue(PROPERTY, "newSource.notAdded");
		}
	}

	/** A fresh token for each showing of the fields, so that submitting them twice adds one source. */
	public UUID token() {
		return UUID.randomUUID();
	}

	public DatePrecision[] datePrecisions() {
		return DatePrecision.values();
	}

	public Reliability[] reliabilities() {
		return Reliability.values();
	}

	private static UUID token(HttpServletRequest request) {
		try {
			String token = request.getParameter("newSourceToken");
			return token == null || token.isBlank() ? null : UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			return null; // not one of ours: no protection against a double submit, nothing worse
		}
	}

}
