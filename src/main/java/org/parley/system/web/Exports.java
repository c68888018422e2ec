package org.parley.system.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.parley.calendar.Today;
import org.parley.csv.CsvCells;
import org.parley.system.BadRequestException;

/**
 * A page's records as {@code ?format=csv} or {@code ?format=json}: one table, so both formats
 * carry the same columns. Each says where it came from (the page's address) and when: comment
 * lines above the CSV header, {@code source} and {@code exported} fields in JSON.
 */
@Component
public class Exports {

	/** The rows of an export, each cell text (or empty); {@code name} names the downloaded file. */
	public record Table(String name, List<String> header, List<List<String>> rows) {
	}

	/** The JSON of an export: where from, when, and one object per row, keyed by the header. */
	public record Json(String source, String exported, List<Map<String, String>> records) {
	}

	private final Today today;

	public Exports(Today today) {
		this.today = today;
	}

	/** Null when the request asks for the page itself (no {@code format}). */
	public static boolean wanted(String format) {
		if (format == null) {
			return false;
		}
		if (!format.equals("csv") && !format.equals("json")) {
			throw new BadRequestException("error.parameter.exportFormat", format);
		}
		return true;
	}

	public ResponseEntity<?> answer(String format, Table table) {
		String source = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("format").build()
			.toUriString();
		String exported = today.date().toString();
		String file = "parley-" + table.name() + "." + format;
		var response = ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
		if (format.equals("json")) {
			List<Map<String, String>> records = new ArrayList<>();
			for (List<String> row : table.rows()) {
				Map<String, String> record = new LinkedHashMap<>();
				for (int i = 0; i < table.header().size(); i++) {
					record.put(table.header().get(i), row.get(i));
				}
				records.add(record);
			}
			return response.contentType(MediaType.APPLICATION_JSON).body(new Json(source, exported, records));
		}
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CsvCells.printer(out, table.header(),
				List.of("source: " + source, "exported: " + exported))) {
			for (List<String> row : table.rows()) {
				CsvCells.printRecord(csv, row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return response.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
	}

}
