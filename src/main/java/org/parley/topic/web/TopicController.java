package org.parley.topic.web;

import org.parley.position.PositionQueries;
import org.parley.proposal.ProposalQueries;
import org.parley.topic.TopicQueries;
import org.parley.topic.TopicView;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.system.Paging;
import org.parley.system.web.PageLinks;

import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	/** Points, and positions, per page of a topic: both lists page together. */
	static final int PAGE_SIZE = 20;

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
	String topic(@PathVariable String topic, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			Model model) {
		Pageable shown = Paging.page(page, PAGE_SIZE);
		TopicView found = topics.topic(topic);
		var points = proposals.pointsOnTopic(found.id(), shown);
		var stated = positions.onTopic(found.id(), shown);
		model.addAttribute("pages", PageLinks.together(request, points, stated));
		model.addAttribute("topic", found);
		model.addAttribute("points", points);
		model.addAttribute("positions", stated);
		return "topic/topic";
	}

}
