package org.parley.system.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.parley.calendar.Today;

/**
 * "Cite this": what a page is, in a plain citation (the page's "Cite" box), as BibTeX
 * ({@code ?format=bibtex}) and as CSL-JSON ({@code ?format=csl-json}). The permalink is the
 * page's own address without {@code format}; the access date is today.
 */
@Component
public class Citations {

	/** {@code issued}: when the cited text was issued (null for Parley's own views). */
	public record Citation(String title, String container, LocalDate issued, String url, LocalDate accessed) {
	}

	static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private final Today today;

	public Citations(Today today) {
		this.today = today;
	}

	/** The citation of the page being answered. */
	public Citation of(String title, String container, LocalDate issued) {
		String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("format").build().toUriString();
		return new Citation(title, container, issued, url, today.date());
	}

	public static boolean wanted(String format) {
		return "bibtex".equals(format) || "csl-json".equals(format);
	}

	public ResponseEntity<?> answer(String format, Citation citation) {
		var response = ResponseEntity.ok();
		if (format.equals("bibtex")) {
			return response.contentType(new MediaType("application", "x-bibtex", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment("parley-citation.bib"))
				.body(bibtex(citation));
		}
		return response.contentType(CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("parley-citation.json"))
			.body(List.of(csl(citation)));
	}

	private static String attachment(String file) {
		return ContentDisposition.attachment().filename(file).build().toString();
	}

	/** A biblatex {@code @online} entry; every text field escaped for TeX, the URL left verbatim. */
	static String bibtex(Citation c) {
		StringBuilder bib = new StringBuilder("@online{parley-").append(c.accessed()).append(",\n");
		field(bib, "title", tex(c.title()));
		field(bib, "maintitle", tex(c.container()));
		field(bib, "organization", "Parley");
		if (c.issued() != null) {
			field(bib, "date", c.issued().toString());
			field(bib, "year", String.valueOf(c.issued().getYear()));
		}
		field(bib, "url", c.url().replace("{", "%7B").replace("}", "%7D"));
		field(bib, "urldate", c.accessed().toString());
		return bib.append("}\n").toString();
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** TeX's special characters as TeX writes them literally. */
	static String tex(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			out.append(switch (ch) {
				case '\\' -> "\\textbackslash{}";
				case '{', '}', '%', '$', '&', '#', '_' -> "\\" + ch;
				case '^' -> "\\textasciicircum{}";
				case '~' -> "\\textasciitilde{}";
				default -> String.valueOf(ch);
			});
		}
		return out.toString();
	}

	/** One CSL-JSON item (the file holds a list of them). */
	static Map<String, Object> csl(Citation c) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", "parley-" + c.accessed());
		item.put("type", c.issued() == null ? "webpage" : "document");
		item.put("title", c.title());
		item.put("container-title", c.container());
		item.put("publisher", "Parley");
		if (c.issued() != null) {
			item.put("issued", dateParts(c.issued()));
		}
		item.put("URL", c.url());
		item.put("accessed", dateParts(c.accessed()));
		return item;
	}

	private static Map<String, Object> dateParts(LocalDate date) {
		return Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
	}

}
