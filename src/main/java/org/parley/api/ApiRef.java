package org.parley.api;

import org.parley.party.PartyRef;
import org.parley.topic.TopicRef;

/** A party or topic named by its slug, with its page. */
public record ApiRef(String slug, String name, String href) {

	public static ApiRef of(PartyRef party) {
		return party == null ? null : new ApiRef(party.slug(), party.name(), party.url());
	}

	public static ApiRef of(TopicRef topic) {
		return topic == null ? null : new ApiRef(topic.slug(), topic.name(), topic.url());
	}

}
