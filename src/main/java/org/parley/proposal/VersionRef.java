package org.parley.proposal;

/** Enough of a published version to name it and link to it. */
public record VersionRef(String proposalSlug, String proposalName, int number, String title) {

	public String url() {
		return proposalUrl() + "/versions/" + number;
	}

	public String proposalUrl() {
		return "/proposals/" + proposalSlug;
	}

	public VersionKey versionKey() {
		return new VersionKey(proposalSlug, number);
	}

	/** The citable key: {@code us-28-point-plan@1}. */
	public String key() {
		return versionKey().toString();
	}

}
