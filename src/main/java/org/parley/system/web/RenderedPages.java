package org.parley.system.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.parley.system.DataRevision;

/**
 * The rendered content of the analyst pages, kept under the data revision it was built
 * from. A request reads the revision (one small statement) and serves the stored HTML when
 * nothing has changed since; any change raises the revision in the database, so every
 * instance builds the page afresh on its next request. Only the {@code <main>} content is
 * kept, never the page frame, and editors' copies (with their Correct and History links) are
 * kept apart from visitors', so nothing that depends on the visitor is ever shared.
 * Visitors' whole responses are kept by {@link SharedResponses}; this spares editors (and a
 * visitor's first request after a change in the date or locale) the costly part of the rebuild.
 */
@Component
public class RenderedPages {

	/*
	 * Weighed in bytes of heap: a page holding one character beyond Latin-1 (every page: its
	 * dashes and quotes) is stored as two bytes a character. Kept small beside the visitors'
	 * store (SharedResponses, 64 MB): under a run of one-off pages (new parameters, a revision
	 * raised by every save) both stay full, and together they must leave the heap room to work.
	 */
	private final Cache<String, String> pages;

	private final DataRevision revision;

	private final TemplateRendering rendering;

	RenderedPages(DataRevision revision, TemplateRendering rendering,
			@Value("${parley.rendered-pages.maximum-bytes:33554432}") long maximumBytes) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.<String, String>weigher((key, html) -> 2 * (key.length() + html.length()))
			.expireAfterAccess(Duration.ofHours(1))
			.build();
		this.revision = revision;
		this.rendering = rendering;
	}

	/**
	 * The HTML of {@code fragment} in {@code template} for this request, rendered with the
	 * model {@code model} supplies unless a copy for the same address and revision exists.
	 */
	public String content(HttpServletRequest request, HttpServletResponse response, Locale locale, String template,
			String fragment, Supplier<Map<String, Object>> model) {
		// a visitor's request read the revision already (SharedResponses); an editor's reads it here
		Object read = request.getAttribute(SharedResponses.REVISION);
		long current = read instanceof Long known ? known : revision.current();
		String key = current + " " + locale + " " + TemplateRendering.viewer() + " " + SharedResponses.address(request);
		return pages.get(key, k -> rendering.render(request, response, locale, template, fragment, model.get()));
	}

}
