package org.parley.proposal;

import java.util.List;

import org.parley.party.PartyRef;

/** A proposal with the parties that put it forward and its published versions, oldest first. */
public record ProposalView(long id, String slug, String name, String summary, List<PartyRef> proposers,
		List<VersionView> versions) {

	public String url() {
		return "/proposals/" + slug;
	}

	public List<VersionView> versionsLatestFirst() {
		List<VersionView> latestFirst = new java.util.ArrayList<>(versions);
		java.util.Collections.reverse(latestFirst);
		return latestFirst;
	}

	/** The latest published version, or null while the proposal has none. */
	public VersionView latest() {
		return versions.isEmpty() ? null : versions.get(versions.size() - 1);
	}

}
