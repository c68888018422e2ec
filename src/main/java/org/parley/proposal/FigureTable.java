package org.parley.proposal;

import java.util.List;

/**
 * Key figures across plans: one row per measure, one column per published version that
 * sets at least one figure (so a partial revision shows what it changed next to the text
 * it revises). A cell holds the figure with the point it comes from; null where the
 * version sets none.
 */
public record FigureTable(List<VersionRef> columns, List<Row> rows) {

	public record Row(String measureName, String unit, List<Cell> cells) {
	}

	public record Cell(FigureView figure, PointRef point) {
	}

}
