package org.parley.dataset.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.parley.calendar.Today;
import org.parley.dataset.DatasetExporter;

/**
 * A backup while Parley runs: the whole dataset, written to the response as it is read.
 * Restored with {@code --import} (README, "Backup and restore").
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DatasetExportController {

	private final DatasetExporter exporter;

	private final Today today;

	DatasetExportController(DatasetExporter exporter, Today today) {
		this.exporter = exporter;
		this.today = today;
	}

	@GetMapping("/admin/export")
	void export(@RequestParam(defaultValue = "false") boolean accounts, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/yaml;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("parley-backup-" + today.date() + (accounts ? "-with-accounts" : "") + ".yaml")
			.build()
			.toString());
		// a backup of the moment, never a cached one
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exporter.exportTo(response.getOutputStream(), accounts);
	}

}
