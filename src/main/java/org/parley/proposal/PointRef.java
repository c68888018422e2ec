package org.parley.proposal;

/** Enough of a point of a published version to name it and link to it. */
public record PointRef(String proposalSlug, String proposalName, int versionNumber, String label, String title) {

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
