package org.parley.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import org.parley.proposal.KeyFigure;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.PointChange;
import org.parley.proposal.PointLink;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.topic.Topic;

/** The draft form from a version, and a checked form back into the version. */
@Component
class DraftMapping {

	private final EntityManager em;

	DraftMapping(EntityManager em) {
		this.em = em;
	}

	/** The form of the draft; {@code links} are its points' links by point id (read in one statement). */
	static DraftForm toForm(Version version, Map<Long, List<LinkRow>> links) {
		DraftForm form = new DraftForm();
		form.setLockVersion(version.getLockVersion());
		form.setTitle(version.getTitle());
		form.setIssuedOn(version.getIssuedOn());
		form.setDatePrecision(version.getDatePrecision());
		form.setProvenance(version.getProvenance());
		form.setCompleteness(version.getCompleteness());
		form.setBasedOn(version.getBasedOn() == null ? "" : version.getBasedOn().key());
		form.setNote(version.getNote());
		form.setSources(version.getSources().stream().map(s -> s.getKey()).toList());
		int order = 1;
		for (Point point : version.getPoints()) {
			PointRow row = new PointRow();
			row.setId(point.getId());
			row.setOrder(order++);
			row.setLabel(point.getLabel());
			row.setTitle(point.getTitle());
			row.setText(point.getText());
			row.setTopics(point.getTopics().stream().map(Topic::getSlug).sorted().toList());
			row.setSources(point.getSources().stream().map(Source::getKey).sorted().toList());
			List<FigureRow> figures = new ArrayList<>();
			for (KeyFigure figure : point.getFigures()) {
				figures.add(new FigureRow(figure.getMeasure().getSlug(),
						figure.getValue() == null ? "" : figure.getValue().stripTrailingZeros().toPlainString(),
						figure.getQualifier()));
			}
			figures.add(new FigureRow());
			row.setFigures(figures);
			row.setLinks(new ArrayList<>(links.getOrDefault(point.getId(), List.of())));
			form.getPoints().add(row);
		}
		return form;
	}

	/**
	 * Copies every point of {@code source} into {@code draft}, linked to its original by {@code kind};
	 * each copy cites its original's sources, or the draft's when the original cites none.
	 */
	static void copyPoints(Version source, Version draft, LinkKind kind) {
		for (Point original : source.getPoints()) {
			Point copy = draft.addPoint(original.getLabel(), original.getTitle(), original.getText());
			copy.getTopics().addAll(original.getTopics());
			copy.getSources().addAll(original.getSources().isEmpty() ? draft.getSources() : original.getSources());
			for (KeyFigure figure : original.getFigures()) {
				copy.addFigure(figure.getMeasure(), figure.getValue(), figure.getQualifier());
			}
			copy.setLowConfidence(original.isLowConfidence());
			copy.setNote(original.getNote());
			copy.recordBasis(original.getTextBasis());
			copy.linkTo(original, kind);
		}
	}

	/** Writes a form that {@link DraftRules} found valid into the draft. */
	void apply(DraftForm form, Version version, DraftRules.Checked checked) {
		version.revise(form.getTitle(), form.getIssuedOn(), form.getDatePrecision(), form.getProvenance(),
				form.getCompleteness(), form.getNote());
		version.setBasedOn(checked.basedOn());
		version.getSources().clear();
		version.getSources().addAll(checked.sources());
		Map<Long, Point> existing = checked.existing();

		// removals first: a removed point's label may be reused by another row in this save
		for (PointRow row : form.getPoints()) {
			if (row.isDropped() && row.getId() != null) {
				if (row.isRemove()) {
					// recorded as removed from the base when the draft is partly known
					version.strikeOut(existing.get(row.getId()));
				}
				else {
					version.removePoint(existing.get(row.getId()));
				}
			}
		}
		em.flush();
		// labels are unique at once (not deferrable): park changed ones on unique temporary labels
		boolean relabelled = false;
		for (int i : checked.kept()) {
			PointRow row = form.getPoints().get(i);
			Point point = row.getId() == null ? null : existing.get(row.getId());
			if (point != null && !point.getLabel().equals(row.getLabel())) {
				point.revise("tmp-" + point.getId(), point.getTitle(), point.getText());
				relabelled = true;
			}
		}
		if (relabelled) {
			em.flush();
		}
		List<Integer> ordered = new ArrayList<>(checked.kept());
		ordered.sort(Comparator.comparing((Integer i) -> form.getPoints().get(i).getOrder(),
				Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i));
		int ordinal = 0;
		for (int i : ordered) {
			PointRow row = form.getPoints().get(i);
			Point point = row.getId() == null ? version.addPoint(row.getLabel(), row.getTitle(), row.getText())
					: existing.get(row.getId());
			point.revise(row.getLabel(), row.getTitle(), row.getText());
			point.moveTo(ordinal++);
			Set<Topic> wanted = row.getTopics().stream().map(checked.topics()::get).collect(Collectors.toSet());
			point.getTopics().retainAll(wanted);
			point.getTopics().addAll(wanted);
			Set<Source> cited = row.getSources().stream().map(checked.cited()::get).collect(Collectors.toSet());
			point.getSources().retainAll(cited);
			point.getSources().addAll(cited);
			Map<Measure, KeyFigure.Amount> figures = new LinkedHashMap<>();
			for (FigureRow figure : row.getFigures()) {
				if (!figure.isBlank()) {
					figures.put(checked.measures().get(figure.getMeasure()),
							new KeyFigure.Amount(figure.number(), figure.getQualifier()));
				}
			}
			point.replaceFigures(figures);
			relink(point, row, checked.linked());
			reclassifyLinks(point);
		}
	}

	/** Makes the point's links those of the row: kinds changed, links added, links emptied of their kind dropped. */
	private static void relink(Point point, PointRow row, Map<String, Point> linked) {
		Map<String, LinkKind> wanted = new LinkedHashMap<>();
		for (LinkRow link : row.getLinks()) {
			if (link.getKind() != null && link.getTo() != null) {
				wanted.putIfAbsent(link.getTo(), link.getKind());
			}
		}
		for (PointLink link : List.copyOf(point.getLinks())) {
			LinkKind kind = wanted.remove(link.getTo().key());
			if (kind == null) {
				point.getLinks().remove(link);
			}
			else if (kind != link.getKind()) {
				link.reclassify(kind);
			}
		}
		wanted.forEach((to, kind) -> point.linkTo(linked.get(to), kind));
	}

	/** A point whose wording differs from the point it was carried over from now revises it, by {@link PointChange}'s rule. */
	private static void reclassifyLinks(Point point) {
		for (PointLink link : point.getLinks()) {
			if (link.getKind() == LinkKind.CARRIED_OVER || link.getKind() == LinkKind.REVISED) {
				Point earlier = link.getTo();
				boolean same = PointChange.sameWording(earlier.getText(), point.getText());
				LinkKind kind = same ? LinkKind.CARRIED_OVER : LinkKind.REVISED;
				if (link.getKind() != kind) {
					link.reclassify(kind);
				}
			}
		}
	}

}
