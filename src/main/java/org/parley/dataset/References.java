package org.parley.dataset;


import org.parley.proposal.VersionKey;

/** The citable keys a dataset uses to refer to versions, points and topics, read as {@link VersionKey} reads them. */
final class References {


	static final String TOPIC_PREFIX = "topic:";

	private References() {
	}

	static boolean isSlug(String value) {
		return value != null && value.length() <= VersionKey.MAX_SLUG_LENGTH && VersionKey.SLUG.matcher(value).matches();
	}

	static boolean isVersionKey(String value) {
		return value != null && value.equals(value.strip()) && VersionKey.read(value).isPresent();
	}

	static boolean isPointKey(String value) {
		return value != null && value.equals(value.strip()) && VersionKey.PointKey.read(value).isPresent();
	}

	static String versionKey(String proposal, int number) {
		return new VersionKey(proposal, number).toString();
	}

	static String pointKey(String versionKey, String label) {
		return versionKey + "#" + label;
	}

	/** The version part of a point key: {@code us-28-point-plan@1#6} gives {@code us-28-point-plan@1}. */
	static String versionOf(String pointKey) {
		return VersionKey.PointKey.parse(pointKey).version().toString();
	}

}
