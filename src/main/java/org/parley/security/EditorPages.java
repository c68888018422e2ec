package org.parley.security;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Pages that only editors may even look at, whatever the HTTP method: creation forms, the
 * draft editor and its parts, a draft's changes, audit history, the forms' pickers. Written as the path patterns
 * Spring MVC routes with, so that Spring Security matches them against the same decoded,
 * normalised path ({@code /%65dit} is {@code /edit}, {@code ;x=1} is dropped) that reaches
 * the controller. The editing controllers also carry {@code @PreAuthorize}, in case a new
 * page is forgotten here; {@code SecurityTest} checks that the two agree. Each pattern ends in
 * {@code /**} so that a trailing slash or anything below is covered too.
 */
public final class EditorPages {

	private static final String VERSION = "/proposals/*/versions/*";

	public static final List<String> PATTERNS = List.of("/proposals/new/**", "/proposals/*/versions/new/**",
			VERSION + "/edit/**", VERSION + "/changes/**", VERSION + "/history/**", VERSION + "/paste/**",
			VERSION + "/publish/**", VERSION + "/discard/**", "/sources/new/**", "/sources/*/edit/**",
			"/sources/*/history/**", "/positions/new/**", "/positions/*/edit/**", "/positions/*/history/**",
			"/events/new/**", "/events/*/edit/**", "/events/*/history/**", "/drafts/**", "/pick/**", "/parties/new/**", "/parties/*/edit/**",
			"/parties/*/delete/**", "/parties/*/history/**", "/people/new/**", "/people/*/edit/**",
			"/people/*/delete/**", "/people/*/history/**", "/topics/new/**", "/topics/*/edit/**",
			"/topics/*/delete/**", "/topics/*/history/**", "/measures/new/**", "/measures/*/edit/**",
			"/measures/*/delete/**", "/measures/*/history/**");

	/** Account management: ADMIN only. */
	public static final List<String> ADMIN_PATTERNS = List.of("/admin/**");

	private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse)
		.toList();

	private EditorPages() {
	}

	/** Whether an (already decoded) application path is an editor's page, as the security rules see it. */
	public static boolean isEditorPage(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
	}

}
