package org.parley.compare.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.parley.compare.PositionsMatrix;

/** Addresses of statement lists, for templates: {@code ${@statementLinks.cell(...)}}. */
@Component("statementLinks")
class StatementLinks {

	/** The statements behind one cell of the positions matrix; only the parameters that apply. */
	public String cell(String party, PositionsMatrix.Column column, PositionsMatrix.View view) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/positions/statements").queryParam("party", party);
		if (column.topic() != null) {
			uri.queryParam("topic", column.topic());
		}
		else if (column.point() != null) {
			uri.queryParam("point", column.point());
		}
		else {
			uri.queryParam("version", view.version().key().toString());
		}
		LocalDate asOf = view.request().asOf();
		if (asOf != null) {
			uri.queryParam("asOf", asOf);
		}
		return uri.encode().build().toUriString();
	}

}
