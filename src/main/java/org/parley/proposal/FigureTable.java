package org.parley.proposal;

import java.util.List;

/**
 * Key figures across plans: one row per measure, one column per proposal. A cell holds
 * the figure of the proposal's latest published version that sets that measure (a
 * partial revision that is silent on a measure does not erase the earlier figure), with
 * the point it comes from; null where the proposal sets none.
 */
public record FigureTable(List<Column> columns, List<Row> rows) {

	public record Column(String proposalSlug, String proposalName) {

		public String url() {
			return "/proposals/" + proposalSlug;
		}

	}

	public record Row(String measureName, String unit, List<Cell> cells) {
	}

	public record Cell(FigureView figure, PointRef point) {
	}

}
