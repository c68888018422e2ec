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
import org.parley.api.ApiSource;
import org.parley.event.EventQueries;
import org.parley.event.EventRef;
import org.parley.proposal.PointRef;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionRef;
import org.parley.source.SourceQueries;
import org.parley.source.SourceView;

/** Sources with their grades; statements citing one are on its HTML page. */
@RestController
@RequestMapping(path = "/api/v1/sources", produces = "application/json")
@Tag(name = "Sources")
class SourceApi {

	private final SourceQueries sources;

	private final ProposalQueries proposals;

	private final EventQueries events;

	SourceApi(SourceQueries sources, ProposalQueries proposals, EventQueries events) {
		this.sources = sources;
		this.proposals = proposals;
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "Sources, latest first")
	ApiPage<ApiSource> sources(@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		return ApiPage.of(sources.sources(Paging.pageable(page, size)), s -> ApiSource.of(s, null, null, null));
	}

	@GetMapping("/{source}")
	@Operation(summary = "A source with the versions, points and events that cite it")
	ApiSource source(@Parameter(description = "The source's key") @PathVariable String source) {
		SourceView found = sources.source(source);
		return ApiSource.of(found, proposals.versionsCiting(found.id()).stream().map(VersionRef::key).toList(),
				proposals.pointsCiting(found.id()).stream().map(PointRef::key).toList(),
				events.citing(found.id()).stream().map(EventRef::slug).toList());
	}

}
