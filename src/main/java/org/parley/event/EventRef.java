package org.parley.event;

import java.time.LocalDate;

public record EventRef(String slug, String title, LocalDate startsOn) {

	public String url() {
		return "/events/" + slug;
	}

}
