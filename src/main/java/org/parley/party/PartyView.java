package org.parley.party;

import java.util.List;

/** A party with the groups it belongs to, its own members and the people who speak for it. */
public record PartyView(long id, String slug, String name, PartyKind kind, List<PartyRef> members,
		List<PartyRef> memberOf, List<PersonView> people) {

	public String url() {
		return "/parties/" + slug;
	}

	public record PersonView(String slug, String name, String role) {
	}

}
