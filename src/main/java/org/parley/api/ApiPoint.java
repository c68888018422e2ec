package org.parley.api;

import java.util.List;

import org.parley.proposal.FigureView;
import org.parley.proposal.LinkKind;
import org.parley.proposal.LinkView;
import org.parley.proposal.PointRef;
import org.parley.proposal.PointView;
import org.parley.proposal.TextBasis;

/**
 * A point of a published version. {@code textBasis} says what {@code text} is: the document's
 * words (VERBATIM), a TRANSLATION, Parley's PARAPHRASE, or only a REPORTED_CHANGE (the wording
 * is not known). {@code lowConfidence} follows the pages' rule: flagged by an editor, or
 * resting only on weak sources ({@code weakSourcesOnly}).
 */
public record ApiPoint(String key, String label, String title, String text, TextBasis textBasis,
		boolean lowConfidence, boolean weakSourcesOnly, String note, List<ApiRef> topics, List<Figure> figures,
		List<ApiSourceRef> sources, List<Link> links, List<Link> linkedFrom, String href) {

	/** A key figure; {@code value} is null when the point sets none (only a qualifier). */
	public record Figure(String measure, String name, String unit, java.math.BigDecimal value, String qualifier) {

		static Figure of(FigureView f) {
			return new Figure(f.measureSlug(), f.measureName(), f.unit(), f.value(), f.qualifier());
		}

	}

	/** A link read as a sentence: {@code from} (the newer point) {@code kind} {@code to}. */
	public record Link(String from, LinkKind kind, String to, String fromTitle, String toTitle, String fromHref,
			String toHref) {

		public static Link of(LinkView l) {
			return new Link(l.from().key(), l.kind(), l.to().key(), l.from().title(), l.to().title(), l.from().url(),
					l.to().url());
		}

		public static List<Link> of(List<LinkView> links) {
			return links == null ? List.of() : links.stream().map(Link::of).toList();
		}

	}

	/** Enough of a point to name it and link to it. */
	public record Ref(String key, String label, String title, String href) {

		public static Ref of(PointRef p) {
			return p == null ? null : new Ref(p.key(), p.label(), p.title(), p.url());
		}

	}

	public static ApiPoint of(PointView p) {
		return new ApiPoint(p.ref().key(), p.label(), p.title(), p.text(), p.textBasis(), p.doubtful(),
				p.weakSourcesOnly(), p.note(), p.topics().stream().map(ApiRef::of).toList(),
				p.figures().stream().map(Figure::of).toList(), ApiSourceRef.of(p.sources()), Link.of(p.links()),
				Link.of(p.linkedFrom()), p.ref().url());
	}

}
