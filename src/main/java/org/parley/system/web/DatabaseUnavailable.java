package org.parley.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 503 page for a database that cannot be reached when the failure happens outside Spring
 * MVC, where {@link ErrorPages} never sees it: in a filter, such as the session store saving
 * the session after the response, or the login throttle. The servlet container forwards such
 * exceptions here instead of answering 500.
 */
@Controller
class DatabaseUnavailable {

	static final String PATH = "/error/unavailable";

	@Bean
	static ErrorPageRegistrar databaseUnavailablePages() {
		return registry -> registry.addErrorPages(new ErrorPage(DataAccessResourceFailureException.class, PATH),
				new ErrorPage(CannotCreateTransactionException.class, PATH));
	}

	@RequestMapping(PATH)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// asked for directly: there is nothing at this address
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "error/404";
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		if (!"GET".equals(request.getMethod())) {
			model.addAttribute("submitted", SubmittedInput.of(request));
		}
		return "error/503";
	}

}
