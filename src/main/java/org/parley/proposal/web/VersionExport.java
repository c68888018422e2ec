package org.parley.proposal.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.proposal.FigureView;
import org.parley.proposal.PointView;
import org.parley.proposal.VersionPage;
import org.parley.source.SourceRef;
import org.parley.system.web.Exports;

/** A version's points as an export: text, what the text is, confidence, topics, figures, sources. */
final class VersionExport {

	private VersionExport() {
	}

	static Exports.Table of(VersionPage page) {
		String key = page.version().ref().key();
		return new Exports.Table(key.replace('@', '-'),
				List.of("point", "label", "title", "text", "text is", "low confidence", "confidence note", "topics",
						"figures", "sources", "permalink"),
				page.points().stream().map(p -> row(key, p)).toList());
	}

	private static List<String> row(String key, PointView p) {
		return java.util.Arrays.asList(key + "#" + p.label(), p.label(), p.title(), p.text(),
				p.textBasis() == null ? null : p.textBasis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
				String.valueOf(p.doubtful()), p.note(),
				p.topics().stream().map(t -> t.name()).collect(Collectors.joining("; ")),
				p.figures().stream().map(VersionExport::figure).collect(Collectors.joining("; ")),
				p.sources().stream().map(VersionExport::source).collect(Collectors.joining("; ")), p.ref().url());
	}

	static String figure(FigureView f) {
		String value = f.formattedValue() == null ? "not stated" : f.formattedValue() + " " + f.unit();
		return f.measureName() + ": " + value + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")");
	}

	static String source(SourceRef s) {
		return s.publisher() + ", " + s.title() + " (" + s.reliability().name().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ ", " + s.url() + ")";
	}

}
