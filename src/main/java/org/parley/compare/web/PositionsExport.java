package org.parley.compare.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import org.parley.compare.PositionsMatrix;
import org.parley.compare.Statements;
import org.parley.position.Stance;
import org.parley.system.web.Exports;

/**
 * The positions views as exports: the matrix one row per party and column (what the cell
 * shows, and the address of its statements), the statements one row each.
 */
final class PositionsExport {

	private PositionsExport() {
	}

	static Exports.Table matrix(PositionsMatrix.View view) {
		List<List<String>> rows = new ArrayList<>();
		for (PositionsMatrix.Row row : view.rows()) {
			for (int i = 0; i < view.columns().size(); i++) {
				PositionsMatrix.Column column = view.columns().get(i);
				PositionsMatrix.Cell cell = row.cells().get(i);
				UriComponentsBuilder statements = UriComponentsBuilder.fromPath("/positions/statements")
					.queryParam("party", row.partySlug());
				if (column.topic() != null) {
					statements.queryParam("topic", column.topic());
				}
				else if (column.point() != null) {
					statements.queryParam("point", column.point());
				}
				else if (view.version() != null) {
					statements.queryParam("version", view.version().key());
				}
				if (view.request().asOf() != null) {
					statements.queryParam("asOf", view.request().asOf());
				}
				rows.add(Arrays.asList(row.partySlug(), row.partyName(),
						column.topic() != null ? column.topic() : column.point(), column.title(), stance(cell.current()),
						cell.statedOn() == null ? null : cell.statedOn().toString(), String.valueOf(cell.statements()),
						String.valueOf(cell.lowConfidence()),
						cell.statements() == 0 ? null : statements.encode().build().toUriString()));
			}
		}
		return new Exports.Table("positions", List.of("party", "party name", "column", "column title",
				"current stance", "stated on", "statements", "low confidence", "statements page"), rows);
	}

	static Exports.Table statements(Statements.View view) {
		return new Exports.Table("statements",
				List.of("position", "party", "about", "stance", "stated on", "current", "person", "paraphrase", "quote",
						"target", "source publisher", "source title", "source url", "source grade", "low confidence",
						"note", "event"),
				view.statements()
					.stream()
					.map(s -> Arrays.asList(String.valueOf(s.id()), view.partyName(), view.about(), stance(s.stance()),
							String.valueOf(s.statedOn()), String.valueOf(s.current()), s.person(), s.paraphrase(),
							s.quote(), s.target(), s.sourcePublisher(), s.sourceTitle(), s.sourceUrl(),
							s.reliability() == null ? null
									: s.reliability().name().toLowerCase(Locale.ROOT).replace('_', ' '),
							String.valueOf(s.lowConfidence()), s.note(), s.eventTitle()))
					.toList());
	}

	private static String stance(Stance stance) {
		return stance == null ? null : stance.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
