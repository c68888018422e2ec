package org.parley.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.parley.api.ApiComparison;
import org.parley.api.ApiDiff;
import org.parley.compare.Comparison;
import org.parley.compare.VersionDiff;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.VersionKey;
import org.parley.system.BadRequestException;

/** The analyst views /compare and /diff, with the same parameters. */
@RestController
@Tag(name = "Analysis")
class AnalysisApi {

	private final Comparison comparison;

	private final VersionDiff diff;

	private final ProposalQueries proposals;

	AnalysisApi(Comparison comparison, VersionDiff diff, ProposalQueries proposals) {
		this.comparison = comparison;
		this.diff = diff;
		this.proposals = proposals;
	}

	@GetMapping(path = "/api/v1/compare", produces = "application/json")
	@Operation(summary = "Versions side by side, point by point, with word diffs and current stances")
	ApiComparison compare(
			@Parameter(description = "2 to 5 versions as proposal@n (or proposal@latest, as of asOf), separated by commas") @RequestParam List<VersionKey> versions,
			@Parameter(description = "The version the others are read against (default: the first)") @RequestParam(required = false) VersionKey base,
			@Parameter(description = "'changed': only rows that differ from the base") @RequestParam(required = false) String only,
			@Parameter(description = "'include': with only=changed, keep rows a partly known version is silent on") @RequestParam(required = false) String unknown,
			@Parameter(description = "A topic's slug: only points about it") @RequestParam(required = false) String topic,
			@Parameter(description = "Stances as of this day (YYYY-MM-DD); default today") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			HttpServletRequest http) {
		if (only != null && !only.equals("changed")) {
			throw new BadRequestException("error.parameter.only", only);
		}
		if (unknown != null && !unknown.equals("include")) {
			throw new BadRequestException("error.parameter.unknown", unknown);
		}
		// proposal@latest: the version in force on asOf (or the latest published one)
		List<VersionKey> keys = versions.stream().filter(Objects::nonNull).map(k -> proposals.resolve(k, asOf)).toList();
		var view = comparison.compare(new Comparison.Request(keys, proposals.resolve(base, asOf), only != null, unknown != null, topic, asOf));
		return ApiComparison.of(view, permalink("/compare", http));
	}

	@GetMapping(path = "/api/v1/diff", produces = "application/json")
	@Operation(summary = "What changed between two versions, provision by provision")
	ApiDiff diff(@Parameter(description = "The older version, proposal@n or proposal@latest") @RequestParam VersionKey from,
			@Parameter(description = "The newer version, proposal@n or proposal@latest") @RequestParam VersionKey to,
			HttpServletRequest http) {
		return ApiDiff.of(diff.between(proposals.resolve(from, null), proposals.resolve(to, null)), permalink("/diff", http));
	}

	/** The HTML page for the same question: the same parameters on the page's path. */
	private static String permalink(String path, HttpServletRequest http) {
		return http.getQueryString() == null ? path : path + "?" + http.getQueryString();
	}

}
