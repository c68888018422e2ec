package org.parley.compare;

import java.util.regex.Pattern;

import org.parley.system.BadRequestException;

/** The citable key of a version as written in URLs: {@code us-28-point-plan@1}. */
public record VersionKey(String proposal, int number) {

	private static final Pattern FORMAT = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]{0,8})");

	/**
	 * Reads a key given in the request parameter {@code parameter}; anything else than
	 * {@code proposal@number} is a bad request whose message says so.
	 */
	public static VersionKey parse(String parameter, String value) {
		var matcher = FORMAT.matcher(value == null ? "" : value.trim());
		if (!matcher.matches()) {
			throw new BadRequestException("'" + parameter + "' must name a version as proposal@number, "
					+ "for example us-28-point-plan@1, not '" + value + "'.");
		}
		return new VersionKey(matcher.group(1), Integer.parseInt(matcher.group(2)));
	}

	@Override
	public String toString() {
		return proposal + "@" + number;
	}

}
