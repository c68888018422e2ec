package org.parley.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.api.ApiPage;
import org.parley.api.ApiPoint;
import org.parley.api.ApiPointPage;
import org.parley.api.ApiPosition;
import org.parley.api.ApiProposal;
import org.parley.api.ApiVersion;
import org.parley.api.ApiVersionPage;
import org.parley.position.PositionQueries;
import org.parley.proposal.PointPage;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionPage;
import org.parley.proposal.VersionRef;

/** Proposals, their published versions and points; drafts answer 404 like unknown keys. */
@RestController
@RequestMapping(path = "/api/v1/proposals", produces = "application/json")
@Tag(name = "Proposals")
class ProposalApi {

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	ProposalApi(ProposalQueries proposals, PositionQueries positions) {
		this.proposals = proposals;
		this.positions = positions;
	}

	@GetMapping
	@Operation(summary = "Proposals with their published versions, in the order they were first put forward")
	ApiPage<ApiProposal> proposals(@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		return ApiPage.of(proposals.proposals(Paging.pageable(page, size)), ApiProposal::of);
	}

	@GetMapping("/{proposal}")
	@Operation(summary = "A proposal with its published versions and their sources")
	ApiProposal proposal(@Parameter(description = "The proposal's slug") @PathVariable String proposal) {
		return ApiProposal.of(proposals.proposal(proposal));
	}

	@GetMapping("/{proposal}/versions/{version}")
	@Operation(summary = "A published version with its points, and the statements on it as a whole")
	ApiVersionPage version(@Parameter(description = "The proposal's slug") @PathVariable String proposal,
			@Parameter(description = "The version's number") @PathVariable int version) {
		VersionPage page = proposals.versionPage(proposal, version);
		return new ApiVersionPage(ApiVersion.of(page.version()),
				page.versions().stream().map(VersionRef::key).toList(),
				page.points().stream().map(ApiPoint::of).toList(),
				ApiPosition.of(positions.onVersion(page.version().id())));
	}

	@GetMapping("/{proposal}/versions/{version}/points/{label}")
	@Operation(summary = "A point with its links, topics, figures, sources and every statement on it")
	ApiPointPage point(@Parameter(description = "The proposal's slug") @PathVariable String proposal,
			@Parameter(description = "The version's number") @PathVariable int version,
			@Parameter(description = "The point's label, as the document numbers it") @PathVariable String label) {
		PointPage page = proposals.pointPage(proposal, version, label);
		var stated = positions.onPointAndItsVersion(page.point().id());
		return new ApiPointPage(ApiPoint.of(page.point()), ApiVersion.of(page.version()),
				ApiPoint.Ref.of(page.previous()), ApiPoint.Ref.of(page.next()), ApiPoint.Link.of(page.comesFrom()),
				ApiPoint.Link.of(page.leadsTo()), ApiPosition.of(stated.onPoint()), ApiPosition.of(stated.onPlan()));
	}

}
