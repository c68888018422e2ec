package org.parley.feed.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The layout's head hook: {@code pageFeeds} lists the feeds a page advertises besides the
 * site's (layout.html names {@code /feed} on every page). Read from the permalink, so the
 * proposal, version, point, party and topic pages need not know about feeds; another page
 * may add its own {@link PageFeed} to the list.
 */
@ControllerAdvice
class FeedLinks {

	private static final Pattern PROPOSAL = Pattern
		.compile("/proposals/([a-z0-9-]+)(/versions/([0-9]+)(/points/([^/]+))?)?");

	private static final Pattern PARTY_OR_TOPIC = Pattern.compile("/(parties|topics)/([a-z0-9-]+)");

	/** A feed for the page's head: where it is, and the message key of its link title. */
	record PageFeed(String path, String titleKey) {
	}

	@ModelAttribute("pageFeeds")
	List<PageFeed> pageFeeds(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<PageFeed> feeds = new ArrayList<>();
		Matcher proposal = PROPOSAL.matcher(path);
		if (proposal.matches() && !proposal.group(1).equals("new")) {
			if (proposal.group(5) != null) {
				feeds.add(new PageFeed(path + "/feed", "feed.link.point"));
			}
			feeds.add(new PageFeed("/proposals/" + proposal.group(1) + "/feed", "feed.link.proposal"));
		}
		Matcher other = PARTY_OR_TOPIC.matcher(path);
		if (other.matches()) {
			feeds.add(new PageFeed(path + "/feed",
					other.group(1).equals("parties") ? "feed.link.party" : "feed.link.topic"));
		}
		return feeds;
	}

}
