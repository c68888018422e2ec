package org.parley.source;

import java.time.LocalDate;

public record SourceView(long id, String key, String publisher, String title, String url, LocalDate publishedOn,
		DatePrecision datePrecision, Reliability reliability, String note) {

	public String pageUrl() {
		return "/sources/" + key;
	}

}
