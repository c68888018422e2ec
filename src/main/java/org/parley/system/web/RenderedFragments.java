package org.parley.system.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTML of small fragments repeated many times on a page (the rows of a comparison), kept
 * under the values they are rendered from rather than under the data revision. The values
 * are records, compared by content, and are the fragment's whole model: the same values, locale
 * and viewer always render the same HTML, so a copy stays right across every change an editor
 * makes, and a page rebuilt after a change renders only the rows whose values changed.
 *
 * <p>Only values may go in: records and immutable lists of them, never entities or anything
 * read from the request at rendering time.
 */
@Component
public class RenderedFragments {

	private record Key(String template, String fragment, Locale locale, String viewer, Map<String, Object> values) {
	}

	/*
	 * Weighed as the HTML's bytes on the heap twice over: the key holds the values the HTML
	 * was rendered from, about as large as the HTML itself.
	 */
	private final Cache<Key, String> fragments;

	private final TemplateRendering rendering;

	RenderedFragments(TemplateRendering rendering,
			@Value("${parley.rendered-fragments.maximum-bytes:8388608}") long maximumBytes) {
		this.rendering = rendering;
		this.fragments = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.<Key, String>weigher((key, html) -> 4 * html.length())
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	/**
	 * The HTML of {@code fragment} in {@code template} rendered with {@code values} (null values
	 * allowed), unless a copy for equal values exists.
	 */
	public String fragment(HttpServletRequest request, HttpServletResponse response, Locale locale, String template,
			String fragment, Map<String, Object> values) {
		Map<String, Object> model = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		Key key = new Key(template, fragment, locale, TemplateRendering.viewer(), model);
		return fragments.get(key, k -> rendering.render(request, response, locale, template, fragment, model));
	}

}
