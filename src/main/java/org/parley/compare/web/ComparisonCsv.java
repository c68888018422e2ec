package org.parley.compare.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;

import org.parley.compare.Comparison;
import org.parley.compare.Comparison.Cell;
import org.parley.compare.Comparison.Column;
import org.parley.compare.Comparison.Line;
import org.parley.compare.Comparison.PointText;
import org.parley.compare.Comparison.StanceView;
import org.parley.csv.CsvCells;
import org.parley.source.SourceRef;

/** The comparison table as CSV (through {@link CsvCells}, safe to open in a spreadsheet): per version its points' labels, titles, texts and how they relate to the baseline. */
final class ComparisonCsv {

	private ComparisonCsv() {
	}

	static String write(Comparison.View view) {
		List<String> header = new ArrayList<>();
		header.add("row");
		for (Column column : view.columns()) {
			String key = column.key().toString();
			header.add(key + " label");
			header.add(key + " title");
			header.add(key + " text");
			header.add(key + " text is");
			header.add(key + " compared with baseline");
		}
		header.add("current stances");
		header.add("current stances: grade of each source");
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CsvCells.printer(out, header)) {
			int number = 1;
			for (Line line : view.rows()) {
				List<String> record = new ArrayList<>();
				record.add(String.valueOf(number++));
				for (Cell cell : line.cells()) {
					record.add(join(cell, PointText::label));
					record.add(join(cell, PointText::title));
					record.add(cell.text());
					// verbatim, translation, paraphrase or reported change: what the text above is
					record.add(join(cell, p -> p.basis() == null ? ""
							: p.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
					record.add(status(cell));
				}
				record.add(line.stances()
					.stream()
					.map(s -> s.partyName() + ": " + s.stance().name().toLowerCase().replace('_', ' ') + " ("
							+ s.statedOn() + ", on " + s.pointKey() + ", " + s.sourceUrl()
							+ (s.lowConfidence() ? ", low confidence" : "") + ")")
					.collect(Collectors.joining("; ")));
				record.add(line.stances().stream().map(ComparisonCsv::grade).collect(Collectors.joining("; ")));
				CsvCells.printRecord(csv, record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** "Russia: state-controlled media (Kremlin-run agency)": the warning only for weak grades, as on the pages. */
	private static String grade(StanceView s) {
		SourceRef source = s.source();
		String grade = s.partyName() + ": " + source.reliability().name().toLowerCase().replace('_', ' ');
		return source.reliability().weak() && source.note() != null ? grade + " (" + source.note() + ")" : grade;
	}

	private static String join(Cell cell, java.util.function.Function<PointText, String> field) {
		return cell.points().stream().map(field).collect(Collectors.joining(" + "));
	}

	private static String status(Cell cell) {
		return switch (cell.status()) {
			case BASE -> "baseline";
			case SAME -> "same";
			case CHANGED -> "changed";
			case REPORTED_CHANGE -> "reported change";
			case NO_COUNTERPART_IN_BASE -> "not in baseline";
			case ABSENT -> "absent";
			case NOT_KNOWN -> "unknown";
		};
	}

}
