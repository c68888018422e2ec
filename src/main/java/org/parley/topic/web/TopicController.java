package org.parley.topic.web;

import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;
import org.parley.topic.TopicQueries;
import org.parley.topic.TopicView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	private final TopicQueries topics;

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	TopicController(TopicQueries topics, ProposalQueries proposals, PositionQueries positions) {
		this.topics = topics;
		this.proposals = proposals;
		this.positions = positions;
	}

	@GetMapping("/topics")
	String topics(Model model) {
		model.addAttribute("topics", topics.topics());
		return "topic/list";
	}

	@GetMapping("/topics/{topic}")
	String topic(@PathVariable String topic, Model model) {
		TopicView found = topics.topic(topic);
		model.addAttribute("topic", found);
		model.addAttribute("points", proposals.pointsOnTopic(found.id()));
		model.addAttribute("positions", positions.onTopic(found.id()));
		return "topic/topic";
	}

}
