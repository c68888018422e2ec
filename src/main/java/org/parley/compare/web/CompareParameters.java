package org.parley.compare.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

import org.parley.proposal.VersionKey;
import org.parley.system.BadRequestException;

/**
 * Reading query parameters the way analysts write them, with messages that say what is
 * wrong (keys and dates are bound by Spring: {@link KeyBinding}). Forms submit empty fields and repeated parameters; {@link #canonical} folds them
 * into the short permalink form.
 */
final class CompareParameters {

	private CompareParameters() {
	}

	/** Every non-empty value of the parameter, comma-separated lists split. */
	static List<String> values(HttpServletRequest request, String parameter) {
		String[] raw = request.getParameterValues(parameter);
		if (raw == null) {
			return List.of();
		}
		return Arrays.stream(raw)
			.flatMap(v -> Arrays.stream(v.split(",", -1)))
			.map(String::trim)
			.filter(v -> !v.isEmpty())
			.toList();
	}

	static String single(HttpServletRequest request, String parameter) {
		List<String> values = values(request, parameter);
		if (values.size() > 1) {
			throw new BadRequestException("error.parameter.once", parameter);
		}
		return values.isEmpty() ? null : values.get(0);
	}

	/** A comma-separated list given once or as repeated parameters, joined again; null when absent. */
	static String list(HttpServletRequest request, String parameter) {
		String[] raw = request.getParameterValues(parameter);
		return raw == null ? null : String.join(",", raw);
	}

	static boolean onlyChanged(HttpServletRequest request) {
		String only = single(request, "only");
		if (only != null && !only.equals("changed")) {
			throw new BadRequestException("error.parameter.only", only);
		}
		return only != null;
	}

	/** {@code unknown=include}: with {@code only=changed}, keep the rows a partly known version is silent on. */
	static boolean includeUnknown(HttpServletRequest request) {
		String unknown = single(request, "unknown");
		if (unknown != null && !unknown.equals("include")) {
			throw new BadRequestException("error.parameter.unknown", unknown);
		}
		return unknown != null;
	}

	/**
	 * The permalink for this request when the browser sent it in a longer form (empty form
	 * fields, one {@code versions} parameter per picker), or null when it already is one.
	 */
	static String canonical(HttpServletRequest request, String path, List<String> lists) {
		boolean canonical = true;
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			String[] raw = parameter.getValue();
			List<String> values = values(request, name);
			if (raw.length != 1 || raw[0].isBlank() || !raw[0].equals(raw[0].trim())) {
				canonical = false;
			}
			if (values.isEmpty()) {
				continue;
			}
			if (lists.contains(name)) {
				uri.queryParam(name, String.join(",", values));
			}
			else {
				uri.queryParam(name, values.toArray());
			}
		}
		return canonical ? null : uri.encode().build().toUriString();
	}

}
