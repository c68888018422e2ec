package org.parley.feed.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.parley.feed.Feed;
import org.parley.feed.FeedEntry;
import org.parley.feed.Feeds;

/**
 * The Atom feeds: everything new at {@code /feed}, and the news of one proposal, party,
 * topic or point at its permalink followed by {@code /feed}. Written by Rome.
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Feeds feeds;

	private final MessageSource messages;

	FeedController(Feeds feeds, MessageSource messages) {
		this.feeds = feeds;
		this.messages = messages;
	}

	@GetMapping("/feed")
	ResponseEntity<String> everything(Locale locale) {
		return atom(feeds.everything(), "/feed", locale);
	}

	@GetMapping("/proposals/{proposal}/feed")
	ResponseEntity<String> proposal(@PathVariable String proposal, Locale locale) {
		return atom(feeds.proposal(proposal), "/proposals/" + proposal + "/feed", locale);
	}

	@GetMapping("/proposals/{proposal}/versions/{version}/points/{label}/feed")
	ResponseEntity<String> point(@PathVariable String proposal, @PathVariable int version, @PathVariable String label,
			Locale locale) {
		Feed feed = feeds.point(proposal, version, label);
		return atom(feed, feed.path() + "/feed", locale);
	}

	@GetMapping("/parties/{party}/feed")
	ResponseEntity<String> party(@PathVariable String party, Locale locale) {
		return atom(feeds.party(party), "/parties/" + party + "/feed", locale);
	}

	@GetMapping("/topics/{topic}/feed")
	ResponseEntity<String> topic(@PathVariable String topic, Locale locale) {
		return atom(feeds.topic(topic), "/topics/" + topic + "/feed", locale);
	}

	private ResponseEntity<String> atom(Feed feed, String self, Locale locale) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
		atom.setId(base + self);
		atom.setTitle(messages.getMessage(feed.titleKey(), new Object[] { feed.titleArgument() }, locale));
		atom.setAlternateLinks(List.of(link("alternate", base + feed.path(), "text/html")));
		atom.setOtherLinks(List.of(link("self", base + self, ATOM.getType() + "/" + ATOM.getSubtype())));
		atom.setUpdated(feed.entries().isEmpty() ? new Date(0) : Date.from(feed.entries().get(0).updated()));
		atom.setEntries(feed.entries().stream().map(e -> entry(e, base, locale)).toList());
		try {
			return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(atom));
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Rome refused a feed Parley built", ex);
		}
	}

	private Entry entry(FeedEntry e, String base, Locale locale) {
		Entry entry = new Entry();
		entry.setId(e.id());
		String title = messages.getMessage(e.messageKey(), e.arguments().toArray(), locale);
		Content text = new Content();
		text.setType("text");
		text.setValue(title);
		entry.setTitleEx(text);
		entry.setAlternateLinks(List.of(link("alternate", base + e.path(), "text/html")));
		entry.setUpdated(Date.from(e.updated()));
		entry.setPublished(Date.from(e.updated()));
		com.rometools.rome.feed.synd.SyndPerson parley = new com.rometools.rome.feed.atom.Person();
		parley.setName(messages.getMessage("app.name", null, locale));
		entry.setAuthors(List.of(parley));
		return entry;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
