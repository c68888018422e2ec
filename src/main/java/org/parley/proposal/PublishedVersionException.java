package org.parley.proposal;

/** An attempt to change a published version: corrections are new versions, never edits. */
public class PublishedVersionException extends IllegalStateException {

	private final String versionKey;

	public PublishedVersionException(String versionKey) {
		super("Version " + versionKey + " is published and cannot change");
		this.versionKey = versionKey;
	}

	public String getVersionKey() {
		return versionKey;
	}

}
