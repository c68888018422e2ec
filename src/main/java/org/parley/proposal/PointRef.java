package org.parley.proposal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Enough of a point of a published version to name it and link to it. */
public record PointRef(String proposalSlug, String proposalName, int versionNumber, String label, String title) {

	/**
	 * Labels of items a document leaves unnumbered: {@code u1}, {@code u2}… They cannot be
	 * mistaken for the document's own numbering, and are shown as "unnumbered item 1".
	 */
	private static final Pattern UNNUMBERED = Pattern.compile("u([1-9][0-9]*)");

	/** The item's place among the document's unnumbered items, or null for a numbered point. */
	public Integer unnumberedItem() {
		Matcher m = UNNUMBERED.matcher(label);
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

	public String url() {
		return version().url() + "/points/" + label;
	}

	/** The point in its version's page, where it sits among the others. */
	public String anchorUrl() {
		return version().url() + "#point-" + label;
	}

	public VersionRef version() {
		return new VersionRef(proposalSlug, proposalName, versionNumber, null);
	}

	public String key() {
		return version().key() + "#" + label;
	}

}
