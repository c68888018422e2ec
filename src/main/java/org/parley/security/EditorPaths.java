package org.parley.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages that only editors may even look at, whatever the HTTP method: creation forms
 * ({@code /proposals/new}), editors' views of a draft ({@code .../edit}, {@code .../changes}),
 * audit history. They are recognised by a path segment, so a new editing page is protected
 * as soon as it follows the naming, and reading pages stay public by default.
 */
public final class EditorPaths implements RequestMatcher {

	/** Path segments that mark a page as an editor's page. */
	public static final Set<String> MARKERS = Set.of("new", "edit", "changes", "history", "paste", "publish",
			"discard", "counter", "editing");

	@Override
	public boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return isEditorPath(path);
	}

	public static boolean isEditorPath(String path) {
		for (String segment : path.split("/")) {
			if (MARKERS.contains(segment)) {
				return true;
			}
		}
		return false;
	}

}
