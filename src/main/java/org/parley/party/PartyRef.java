package org.parley.party;

public record PartyRef(String slug, String name) {

	public String url() {
		return "/parties/" + slug;
	}

}
