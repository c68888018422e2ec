package org.parley.api;

import java.util.List;

import org.parley.party.PartyKind;
import org.parley.party.PartyView;

/** A party with the groups it belongs to, its members and the people who speak for it. */
public record ApiParty(String slug, String name, PartyKind kind, List<ApiRef> members, List<ApiRef> memberOf,
		List<Person> people, String href) {

	public record Person(String slug, String name, String role) {
	}

	public static ApiParty of(PartyView p) {
		return new ApiParty(p.slug(), p.name(), p.kind(), p.members().stream().map(ApiRef::of).toList(),
				p.memberOf().stream().map(ApiRef::of).toList(),
				p.people().stream().map(pe -> new Person(pe.slug(), pe.name(), pe.role())).toList(), p.url());
	}

}
