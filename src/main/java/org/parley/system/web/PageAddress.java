package org.parley.system.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import org.parley.calendar.Today;

/**
 * What every page knows of its own address: the full URL and today's date (printed at the foot
 * of a printed page, quoted in citations) and the addresses of its exports ({@link Exports}).
 */
@ControllerAdvice
class PageAddress {

	/** The page's CSV and JSON, and its citation (the same address with {@code format}). */
	record ExportLinks(String csv, String json, String bibtex, String cslJson) {
	}

	private final Today today;

	PageAddress(Today today) {
		this.today = today;
	}

	@ModelAttribute("pageUrl")
	String pageUrl() {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("format").build().toUriString();
	}

	@ModelAttribute("accessedOn")
	String accessedOn() {
		return today.date().toString();
	}

	/**
	 * The header's language switch: this page with {@code ui=<language>}, relative so that it
	 * keeps the path and context path ({@link LanguageSwitch} stores the choice and comes back).
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam(InterfaceLanguage.PARAMETER)
			.build()
			.getQuery();
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale locale : InterfaceLanguage.SUPPORTED) {
			links.put(locale.getLanguage(), "?" + (query == null || query.isEmpty() ? "" : query + "&")
					+ InterfaceLanguage.PARAMETER + "=" + locale.getLanguage());
		}
		return links;
	}

	@ModelAttribute("exportLinks")
	ExportLinks exportLinks(HttpServletRequest request) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString());
		return new ExportLinks(page.replaceQueryParam("format", "csv").build().toUriString(),
				page.replaceQueryParam("format", "json").build().toUriString(),
				page.replaceQueryParam("format", "bibtex").build().toUriString(),
				page.replaceQueryParam("format", "csl-json").build().toUriString());
	}

}
