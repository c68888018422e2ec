package org.parley.api.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.api.ApiPage;
import org.parley.api.ApiPosition;
import org.parley.party.PartyQueries;
import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.system.BadRequestException;
import org.parley.topic.TopicQueries;

/** Statements of the parties, filtered as on /positions. */
@RestController
@Tag(name = "Positions")
class PositionApi {

	private final PositionQueries positions;

	private final PartyQueries parties;

	private final TopicQueries topics;

	private final ProposalQueries proposals;

	PositionApi(PositionQueries positions, PartyQueries parties, TopicQueries topics, ProposalQueries proposals) {
		this.proposals = proposals;
		this.positions = positions;
		this.parties = parties;
		this.topics = topics;
	}

	@GetMapping(path = "/api/v1/positions", produces = "application/json")
	@Operation(summary = "Statements, latest first, with whether each is its party's current one on its target")
	ApiPage<ApiPosition> positions(@Parameter(description = "A party's slug") @RequestParam(required = false) String party,
			@Parameter(description = "A topic's slug: statements on it, or on a point or version about it") @RequestParam(required = false) String topic,
			@Parameter(description = "A point (proposal@n#label) or a whole version (proposal@n, or proposal@latest as of asOf)") @RequestParam(required = false) String target,
			@Parameter(description = "Only statements made by this day (YYYY-MM-DD); 'current' as of then") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		// an unknown party or topic is a 404, not an empty list that reads as "said nothing"
		if (party != null) {
			parties.party(party);
		}
		if (topic != null) {
			topics.topic(topic);
		}
		VersionKey.PointKey point = null;
		VersionKey version = null;
		if (target != null) {
			if (target.contains("#")) {
				point = VersionKey.PointKey.read(target)
					.orElseThrow(() -> new BadRequestException("error.parameter.refused", "target", VersionKey.POINT_FORMAT));
			}
			else {
				try {
					version = proposals.resolve(VersionKey.parseOrLatest(target), asOf);
				}
				catch (VersionKey.Malformed ex) {
					throw new BadRequestException("error.parameter.refused", "target",
							VersionKey.VERSION_FORMAT + " or proposal@latest");
				}
			}
		}
		Pageable shown = Paging.pageable(page, size);
		return ApiPage.of(positions.matching(party, topic, point, version, asOf, shown), ApiPosition::of);
	}

}
