package org.parley.api;

import java.time.LocalDate;
import java.util.List;

import org.parley.compare.Comparison;

/**
 * The comparison of /compare: one column per version ({@code columns}), rows of aligned points
 * with word diffs against the base, key figures side by side, and the current stances as of
 * {@code asOf} (today when null). A cell's {@code status} NOT_KNOWN means the version is known
 * only in part and silent there, which is not a difference; each point's {@code basis} says
 * whether its text is the wording, a translation, a paraphrase or only a reported change.
 */
public record ApiComparison(List<Comparison.Column> columns, int base, List<Comparison.FigureLine> figures,
		List<Comparison.Line> rows, int hiddenRows, ApiRef topic, List<Comparison.PlanStances> planStances,
		LocalDate asOf, String href) {

	public static ApiComparison of(Comparison.View view, String href) {
		return new ApiComparison(view.columns(), view.base(), view.figures(), view.rows(), view.hiddenRows(),
				ApiRef.of(view.topic()), view.planStances(), view.request().asOf(), href);
	}

}
