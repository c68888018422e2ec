package org.parley.support;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.parley.draft.DraftForm;
import org.parley.draft.FigureRow;
import org.parley.draft.LinkRow;
import org.parley.draft.PointRow;

/** The request parameters a browser sends for a draft form, as the draft page names its fields. */
public final class DraftParams {

	private DraftParams() {
	}

	public static MultiValueMap<String, String> of(DraftForm form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("lockVersion", String.valueOf(form.getLockVersion()));
		params.add("title", form.getTitle());
		params.add("issuedOn", form.getIssuedOn() == null ? "" : form.getIssuedOn().toString());
		params.add("datePrecision", String.valueOf(form.getDatePrecision()));
		params.add("provenance", String.valueOf(form.getProvenance()));
		params.add("completeness", String.valueOf(form.getCompleteness()));
		params.add("basedOn", form.getBasedOn() == null ? "" : form.getBasedOn());
		params.add("note", form.getNote() == null ? "" : form.getNote());
		form.getSources().forEach(s -> params.add("sources", s));
		for (int i = 0; i < form.getPoints().size(); i++) {
			PointRow row = form.getPoints().get(i);
			String p = "points[" + i + "].";
			params.add(p + "id", row.getId() == null ? "" : row.getId().toString());
			params.add(p + "order", row.getOrder() == null ? "" : row.getOrder().toString());
			params.add(p + "label", nullToEmpty(row.getLabel()));
			params.add(p + "title", nullToEmpty(row.getTitle()));
			params.add(p + "text", nullToEmpty(row.getText()));
			row.getTopics().forEach(t -> params.add(p + "topics", t));
			row.getSources().forEach(s -> params.add(p + "sources", s));
			for (int j = 0; j < row.getLinks().size(); j++) {
				LinkRow link = row.getLinks().get(j);
				params.add(p + "links[" + j + "].to", nullToEmpty(link.getTo()));
				params.add(p + "links[" + j + "].kind", link.getKind() == null ? "" : link.getKind().name());
			}
			row.getLinkTo().forEach(to -> params.add(p + "linkTo", to));
			if (row.getLinkKind() != null) {
				params.add(p + "linkKind", row.getLinkKind().name());
			}
			if (row.isRemove()) {
				params.add(p + "remove", "true");
			}
			if (row.isNotKnown()) {
				params.add(p + "notKnown", "true");
			}
			for (int j = 0; j < row.getFigures().size(); j++) {
				FigureRow figure = row.getFigures().get(j);
				String f = p + "figures[" + j + "].";
				params.add(f + "measure", nullToEmpty(figure.getMeasure()));
				params.add(f + "value", nullToEmpty(figure.getValue()));
				params.add(f + "qualifier", nullToEmpty(figure.getQualifier()));
			}
		}
		return params;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
