package org.parley.proposal.web;

import org.parley.compare.LaterVersions;
import org.parley.compare.Lineage;
import org.parley.position.PositionQueries;
import org.parley.position.PositionView;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.ProposalView;
import org.parley.proposal.ReadingLanguages;
import org.parley.proposal.VersionKey;
import org.parley.proposal.VersionNotFound;
import org.parley.proposal.VersionPage;
import org.parley.system.BadRequestException;
import org.parley.system.web.Citations;
import org.parley.system.Paging;
import org.parley.system.web.Exports;
import org.parley.system.web.PageLinks;

import java.time.LocalDate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reading pages of proposals: the list, one proposal, one version, one point. The
 * positions on a version or point come from the position feature, which depends on
 * proposals (never the reverse), so the page puts the two together here.
 */
@Controller
class ProposalController {

	/** Proposals per page of the list. */
	static final int PAGE_SIZE = 20;

	private final ProposalQueries proposals;

	private final PositionQueries positions;

	private final Lineage lineage;

	private final LaterVersions laterVersions;

	private final Exports exports;

	private final Citations citations;

	private final MessageSource messages;

	ProposalController(ProposalQueries proposals, PositionQueries positions, Lineage lineage,
			LaterVersions laterVersions, Exports exports, Citations citations, MessageSource messages) {
		this.exports = exports;
		this.citations = citations;
		this.messages = messages;
		this.proposals = proposals;
		this.positions = positions;
		this.lineage = lineage;
		this.laterVersions = laterVersions;
	}

	@GetMapping("/proposals")
	String proposals(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		Page<ProposalView> shown = proposals.proposals(Paging.page(page, PAGE_SIZE));
		Paging.within(shown.getPageable(), shown.getTotalElements());
		model.addAttribute("proposals", shown.getContent());
		model.addAttribute("pages", PageLinks.of(shown, request));
		return "proposal/list";
	}

	@GetMapping("/proposals/{proposal}")
	String proposal(@PathVariable String proposal, Model model) {
		model.addAttribute("proposal", proposals.proposal(proposal));
		return "proposal/proposal";
	}

	/**
	 * The latest published version, or the one in force on {@code asOf} (issued last on or
	 * before it): a temporary redirect, since a later version moves it.
	 */
	@GetMapping("/proposals/{proposal}/versions/latest")
	String latest(@PathVariable String proposal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		VersionKey key = proposals.latest(proposal, asOf)
			.orElseThrow(() -> asOf == null ? new VersionNotFound("error.version.noneLatest", proposal)
					: new VersionNotFound("error.version.noneIssuedBy", proposal, asOf.toString()));
		return "redirect:" + UriComponentsBuilder.fromPath("/proposals/{p}/versions/{n}")
			.buildAndExpand(key.proposal(), key.number())
			.encode()
			.toUriString();
	}

	@GetMapping("/proposals/{proposal}/versions/{version}")
	Object version(@PathVariable String proposal, @PathVariable int version,
			@PathVariable("version") String written, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, HttpServletRequest request, Locale locale, Model model) {
		if (!written.equals(Integer.toString(version))) {
			return canonical(request, "/proposals/" + proposal + "/versions/" + version);
		}
		ReadingLanguages languages = ReadingLanguages.parse(lang);
		VersionPage page = proposals.versionPage(proposal, version);
		var v = page.version();
		Citations.Citation citation = citations.of(
				messages.getMessage("cite.title.version", new Object[] { v.ref().number(), v.ref().title() }, locale),
				v.ref().proposalName(), v.issuedOn());
		if (Citations.wanted(format)) {
			return citations.answer(format, citation);
		}
		if (Exports.wanted(format)) {
			return exports.answer(format, VersionExport.of(page));
		}
		model.addAttribute("citation", citation);
		long id = page.version().id();
		model.addAttribute("page", page);
		model.addAttribute("positions", positions.onVersion(id));
		// the current position of each party on each point, by point label
		Map<String, List<PositionView>> current = positions.currentOnPointsOf(id)
			.stream()
			.collect(Collectors.groupingBy(p -> p.targetPoint().label()));
		model.addAttribute("currentPositions", current);
		if (languages != null) {
			model.addAttribute("languages", languages);
			model.addAttribute("languageTexts", proposals.inLanguages(page.points(), languages));
		}
		return "proposal/version";
	}

	@GetMapping("/proposals/{proposal}/versions/{version}/points/{label}")
	Object point(@PathVariable String proposal, @PathVariable int version, @PathVariable("version") String written,
			@PathVariable String label, @RequestParam(required = false) String format, HttpServletRequest request,
			Locale locale, Model model) {
		if (!written.equals(Integer.toString(version))) {
			return canonical(request, "/proposals/" + proposal + "/versions/" + version + "/points/" + label);
		}
		var page = proposals.pointPage(proposal, version, label);
		var v = page.version();
		Citations.Citation citation = citations.of(
				messages.getMessage("cite.title.point", new Object[] { label, page.point().title() }, locale),
				messages.getMessage("cite.container.point",
						new Object[] { v.ref().proposalName(), v.ref().number(), v.ref().title() }, locale),
				v.issuedOn());
		if (Citations.wanted(format)) {
			return citations.answer(format, citation);
		}
		if (format != null) {
			throw new BadRequestException("error.parameter.citeFormat", format);
		}
		model.addAttribute("citation", citation);
		model.addAttribute("page", page);
		var stated = positions.onPointAndItsVersion(page.point().id());
		model.addAttribute("positions", stated.onPoint());
		model.addAttribute("planPositions", stated.onPlan());
		// how the wording changed step by step; published texts only, so its diffs are cached
		model.addAttribute("lineage", lineage.of(proposal, version, label));
		model.addAttribute("later", laterVersions.of(proposal, version, label));
		return "proposal/point";
	}

	/**
	 * Analysts cite these addresses: "versions/01" or "versions/+1" answer with a permanent
	 * redirect to "versions/1", so that one page has one address.
	 */
	private static String canonical(HttpServletRequest request, String path) {
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
		return "redirect:" + UriComponentsBuilder.fromPath(path).build().encode().toUriString();
	}

}
