package org.parley.api;

import java.util.List;

import org.parley.proposal.ProposalView;

/** A proposal with its proposers and its published versions, oldest first. */
public record ApiProposal(String slug, String name, String summary, List<ApiRef> proposers,
		List<ApiVersion> versions, String href) {

	public static ApiProposal of(ProposalView p) {
		return new ApiProposal(p.slug(), p.name(), p.summary(), p.proposers().stream().map(ApiRef::of).toList(),
				p.versions().stream().map(ApiVersion::of).toList(), p.url());
	}

}
