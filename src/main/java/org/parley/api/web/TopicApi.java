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
import org.parley.api.ApiTopic;
import org.parley.proposal.PointView;
import org.parley.proposal.ProposalQueries;
import org.parley.topic.TopicQueries;
import org.parley.topic.TopicView;

/** Topics; statements on them are at /api/v1/positions?topic=…. */
@RestController
@RequestMapping(path = "/api/v1/topics", produces = "application/json")
@Tag(name = "Topics")
class TopicApi {

	private final TopicQueries topics;

	private final ProposalQueries proposals;

	TopicApi(TopicQueries topics, ProposalQueries proposals) {
		this.topics = topics;
		this.proposals = proposals;
	}

	@GetMapping
	@Operation(summary = "Topics by name")
	ApiPage<ApiTopic> topics(@Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = Paging.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
		return ApiPage.of(topics.topics(Paging.pageable(page, size)), t -> ApiTopic.of(t, null));
	}

	@GetMapping("/{topic}")
	@Operation(summary = "A topic with the published points that carry it, across proposals")
	ApiTopic topic(@Parameter(description = "The topic's slug") @PathVariable String topic) {
		TopicView found = topics.topic(topic);
		return ApiTopic.of(found,
				proposals.pointsOnTopic(found.id()).stream().map(PointView::ref).map(ApiPoint.Ref::of).toList());
	}

}
