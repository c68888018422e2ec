package org.parley.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The citable keys a dataset uses to refer to versions, points and topics. */
final class References {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Pattern LABEL = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.()-]*");

	private static final Pattern VERSION = Pattern.compile("(" + SLUG + ")@([1-9][0-9]{0,5})");

	private static final Pattern POINT = Pattern.compile(VERSION + "#(" + LABEL + ")");

	static final String TOPIC_PREFIX = "topic:";

	private References() {
	}

	static boolean isSlug(String value) {
		return value != null && value.length() <= 80 && SLUG.matcher(value).matches();
	}

	static boolean isVersionKey(String value) {
		return value != null && VERSION.matcher(value).matches();
	}

	static boolean isPointKey(String value) {
		return value != null && POINT.matcher(value).matches();
	}

	static String versionKey(String proposal, int number) {
		return proposal + "@" + number;
	}

	static String pointKey(String versionKey, String label) {
		return versionKey + "#" + label;
	}

	/** The version part of a point key: {@code us-28-point-plan@1#6} gives {@code us-28-point-plan@1}. */
	static String versionOf(String pointKey) {
		Matcher matcher = POINT.matcher(pointKey);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(pointKey);
		}
		return versionKey(matcher.group(1), Integer.parseInt(matcher.group(3)));
	}

}
