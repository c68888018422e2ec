package org.parley.system.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriComponentsBuilder;

import org.parley.system.BadRequestException;
import org.parley.system.NotFoundException;

/**
 * Turns feature exceptions and malformed requests into readable status pages: every
 * feature's "not found" (ProposalNotFound, SourceNotFound, …) extends NotFoundException and
 * answers 404, a malformed request (BadRequestException) 400. The page
 * says what was wrong in words; it never shows a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** The public JSON API's paths, whose errors are problem details. */
	private static final String API = "/api/";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Object notFound(Exception ex, HttpServletRequest request, Model model, Locale locale) {
		return answer(request, HttpStatus.NOT_FOUND,
				ex instanceof NotFoundException notFound ? messages.getMessage(notFound.explanation(), locale) : null,
				"error/404", model);
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Object badRequest(BadRequestException ex, HttpServletRequest request, Model model, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, messages.getMessage(ex.explanation(), locale), "error/400",
				model);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Model model,
			Locale locale) {
		Class<?> required = ex.getRequiredType();
		String expected = (required != null && Number.class.isAssignableFrom(box(required))) ? "error.expected.number"
				: required == LocalDate.class ? "error.expected.date" : "error.expected.value";
		// a converter that refuses a value says what it expected (a version key, say)
		return answer(request, HttpStatus.BAD_REQUEST, ex.getMostSpecificCause() instanceof BadRequestException refused
				? messages.getMessage("error.parameter.refused",
						new Object[] { ex.getName(), messages.getMessage(refused.explanation(), locale) }, locale)
				: messages.getMessage(expected, new Object[] { ex.getName(), String.valueOf(ex.getValue()),
						required != null ? required.getSimpleName() : "" }, locale),
				"error/400", model);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Object malformed(Exception ex, HttpServletRequest request, Model model, Locale locale) {
		String message = (ex instanceof MissingServletRequestParameterException missing)
				? messages.getMessage("error.parameter.missing", new Object[] { missing.getParameterName() }, locale)
				: messages.getMessage("error.parameter.malformed", null, locale);
		return answer(request, HttpStatus.BAD_REQUEST, message, "error/400", model);
	}

	/**
	 * A form field the form object cannot hold, such as {@code points[99999].text}: past the
	 * binder's limit on list growth (which keeps a request from allocating a huge list) or a
	 * negative index. A browser using Parley's own forms never sends one.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Object unknownField(InvalidPropertyException ex, HttpServletRequest request, Model model, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST,
				messages.getMessage("error.field.unknown", new Object[] { ex.getPropertyName() }, locale), "error/400",
				model);
	}

	/**
	 * The database cannot be reached: the embedded server is being restarted, or an external
	 * one is down. Worth retrying in a moment, so 503 with Retry-After, and a form's input is
	 * shown back so that nothing typed is lost.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		log.warn("The database is unavailable: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		if (!"GET".equals(request.getMethod())) {
			model.addAttribute("submitted", SubmittedInput.of(request));
		}
		return "error/503";
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	@ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
	Object methodNotAllowed(HttpServletRequest request, Model model, Locale locale) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED,
				messages.getMessage("error.method.notAllowed", null, locale), "error/400", model);
	}

	/**
	 * The status page {@code view} saying {@code message}; under /api/ (the public JSON API) an
	 * RFC 9457 problem detail instead, whatever the client accepts, since a program reads it.
	 */
	private static Object answer(HttpServletRequest request, HttpStatus status, String message, String view,
			Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(API)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setInstance(URI.create(UriComponentsBuilder.fromPath(path).encode().build().toUriString()));
			// Spring writes a problem detail as application/problem+json, even to a client that
			// accepts only HTML
			return ResponseEntity.status(status).body(problem);
		}
		model.addAttribute("message", message);
		return view;
	}

	private static Class<?> box(Class<?> type) {
		if (type == int.class) {
			return Integer.class;
		}
		if (type == long.class) {
			return Long.class;
		}
		return type;
	}

}
