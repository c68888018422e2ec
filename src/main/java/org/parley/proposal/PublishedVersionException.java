package org.parley.proposal;

/** An attempt to change a published version: corrections are new versions, never edits. */
public class PublishedVersionException extends IllegalStateException {

	public PublishedVersionException(String versionKey) {
		super("Version " + versionKey + " is published and cannot change");
	}

}
