package org.parley.csv;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Parley writes goes through here, so that a spreadsheet opening it never reads a
 * cell as a formula: text an editor typed ("=HYPERLINK(...)", "-1+2", "@SUM(...)") stays
 * text. OWASP's advice: prefix such cells with a single quote.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** A printer with the given header row (itself made safe). */
	public static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader(header.stream().map(CsvCells::safe).toArray(String[]::new))
			.get()
			.print(out);
	}

	/**
	 * A printer whose first lines are comments ({@code # source: …}) saying where and when the
	 * data was exported, then the header row: a reader of the file alone can find its page again.
	 * Parse it with {@code CSVFormat.DEFAULT.builder().setCommentMarker('#')}.
	 */
	public static CSVPrinter printer(Appendable out, List<String> header, List<String> comments) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setHeaderComments(comments.toArray())
			.setHeader(header.stream().map(CsvCells::safe).toArray(String[]::new))
			.get()
			.print(out);
	}

	/** Writes one record with every cell made safe. */
	public static void printRecord(CSVPrinter csv, List<String> cells) throws IOException {
		csv.printRecord(cells.stream().map(CsvCells::safe).toList());
	}

	/** The cell as a spreadsheet will show it and never evaluate it. */
	public static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return switch (cell.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

}
