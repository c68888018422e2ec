package org.parley.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parley.proposal.Point;
import org.parley.proposal.Version;
import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;

/** The 409 report of a draft saved from a stale form: the editor's input beside what is stored, point by point. */
final class DraftConflicts {

	private DraftConflicts() {
	}

	static EditConflictException of(Version current, DraftForm yours) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("draft.versionTitle", null, yours.getTitle(), current.getTitle()));
		fields.add(new Field("draft.issuedOn", null, Objects.toString(yours.getIssuedOn(), ""),
				Objects.toString(current.getIssuedOn(), "")));
		fields.add(new Field("draft.provenance", null, Objects.toString(yours.getProvenance(), ""),
				Objects.toString(current.getProvenance(), "")));
		fields.add(new Field("draft.completeness", null, Objects.toString(yours.getCompleteness(), ""),
				Objects.toString(current.getCompleteness(), "")));
		fields.add(new Field("draft.note", null, yours.getNote(), current.getNote()));
		Map<Long, Point> points = new LinkedHashMap<>();
		current.getPoints().forEach(p -> points.put(p.getId(), p));
		for (PointRow row : yours.getPoints()) {
			if (row.isBlankNew()) {
				continue;
			}
			Point point = row.getId() == null ? null : points.remove(row.getId());
			String label = row.getLabel() != null && !row.getLabel().isBlank() ? row.getLabel()
					: point == null ? "?" : point.getLabel();
			String yoursText = row.isDropped() ? "" : describe(row.getTitle(), row.getText());
			fields.add(new Field("draft.conflict.point", label, yoursText,
					point == null ? "" : describe(point.getTitle(), point.getText())));
		}
		for (Point added : points.values()) {
			fields.add(new Field("draft.conflict.point", added.getLabel(), "",
					describe(added.getTitle(), added.getText())));
		}
		return new EditConflictException(current.key(), Drafts.editPath(current), fields);
	}

	/** A draft changed by someone else since the editor's form (or paste, publish, discard) was opened. */
	static EditConflictException stale(Version current) {
		return new EditConflictException(current.key(), Drafts.editPath(current), List.of());
	}

	private static String describe(String title, String text) {
		return Objects.toString(title, "") + "\n\n" + Objects.toString(text, "");
	}

}
