package org.parley.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.api.ApiPage;
import org.parley.api.ApiParty;
import org.parley.api.ApiRef;
import org.parley.party.PartyQueries;
import org.parley.party.PartyView;
import org.parley.proposal.ProposalQueries;

/** Parties; their statements are at /api/v1/positions?party=…. */
@RestController
@RequestMapping(path = "/api/v1/parties", produces = "application/json")
@Tag(name = "Parties")
class PartyApi {

	/** A party with the proposals it put forward. */
	record PartyPage(ApiParty party, List<ApiRef> proposals) {
	}

	private final PartyQueries parties;

	private final ProposalQueries proposals;

	PartyApi(PartyQueries parties, ProposalQueries proposals) {
		this.parties = parties;
		this.proposals = proposals;
	}

	@GetMapping
	@Operation(summary = "Parties by name")
	ApiPage<ApiParty> parties(@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		return ApiPage.of(parties.parties(Paging.pageable(page, size)), ApiParty::of);
	}

	@GetMapping("/{party}")
	@Operation(summary = "A party with its members, groups, people and the proposals it put forward")
	PartyPage party(@Parameter(description = "The party's slug") @PathVariable String party) {
		PartyView found = parties.party(party);
		return new PartyPage(ApiParty.of(found), proposals.proposalsOf(found.id())
			.stream()
			.map(p -> new ApiRef(p.slug(), p.name(), p.url()))
			.toList());
	}

}
