package org.parley.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import org.parley.proposal.Completeness;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.PointLinkRules;
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.SourcedPoints;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.source.SourceLookup;
import org.parley.topic.Topic;
import org.parley.topic.TopicLookup;

/**
 * The rules of a draft form beyond its constraints: which rows count (a removed row or a
 * blank new one is not checked, so its constraints apply only to the others), labels and
 * measures unique, every choice one that exists, and for publishing that every point is sourced.
 */
@Component
class DraftRules {

	/** What the checks found, for {@link DraftMapping#apply}: the indexes of the rows to keep among them. */
	record Checked(Map<Long, Point> existing, Version basedOn, List<Source> sources, Map<String, Source> cited,
			Map<String, Topic> topics, Map<String, Measure> measures, List<Integer> kept, Map<String, Point> linked) {
	}

	private final ProposalLookup lookup;

	private final TopicLookup topicLookup;

	private final SourceLookup sourceLookup;

	private final SpringValidatorAdapter validator;

	DraftRules(ProposalLookup lookup, TopicLookup topicLookup, SourceLookup sourceLookup, Validator validator) {
		this.lookup = lookup;
		this.topicLookup = topicLookup;
		this.sourceLookup = sourceLookup;
		this.validator = new SpringValidatorAdapter(validator);
	}

	Checked check(DraftForm form, Version version, Errors errors) {
		return check(form, version, errors, false);
	}

	/**
	 * Checks the form; {@code publishing} adds the rules of a version about to be published:
	 * it has points, and each cites a source ({@link SourcedPoints}).
	 */
	Checked check(DraftForm form, Version version, Errors errors, boolean publishing) {
		Map<Long, Point> existing = version.getPoints()
			.stream()
			.collect(Collectors.toMap(Point::getId, Function.identity()));
		Version basedOn = basedOn(form, version, errors);
		// the version's sources and every point's, looked up at once
		Set<String> keys = new LinkedHashSet<>(form.getSources());
		form.getPoints().forEach(row -> keys.addAll(row.getSources()));
		keys.remove(null);
		Map<String, Source> cited = sourceLookup.sources(keys)
			.stream()
			.collect(Collectors.toMap(Source::getKey, Function.identity()));
		if (!cited.keySet().containsAll(form.getSources())) {
			errors.rejectValue("sources", "draft.sources.unknown");
		}
		List<Source> sources = form.getSources().stream().distinct().map(cited::get).filter(Objects::nonNull).toList();
		Map<String, Topic> topics = topicLookup.topics().stream().collect(Collectors.toMap(Topic::getSlug, t -> t));
		Map<String, Measure> measures = lookup.measures().stream().collect(Collectors.toMap(Measure::getSlug, m -> m));
		List<Integer> kept = checkRows(form, existing, cited, topics, measures, errors);
		Map<String, Point> linked = checkLinks(form, version, kept, errors);
		if (publishing) {
			checkPublishable(form, kept, errors);
		}
		return new Checked(existing, basedOn, sources, cited, topics, measures, kept, linked);
	}

	/**
	 * The links of the kept rows, by {@link PointLinkRules} (as the importer applies them): each
	 * names a published point (a draft's may still change or go), never the
	 * point itself, and each once. Returns the linked points by key.
	 */
	private Map<String, Point> checkLinks(DraftForm form, Version version, List<Integer> kept, Errors errors) {
		Map<String, Point> linked = new HashMap<>();
		for (int i : kept) {
			PointRow row = form.getPoints().get(i);
			String own = version.key() + "#" + row.getLabel();
			Set<String> seen = new HashSet<>();
			for (int j = 0; j < row.getLinks().size(); j++) {
				LinkRow link = row.getLinks().get(j);
				if (link.getKind() == null) {
					continue; // dropped
				}
				var problem = PointLinkRules.check(own, link.getTo(), to -> linkable(to, linked), seen);
				if (problem.isPresent()) {
					errors.rejectValue("points[" + i + "].links[" + j + "].kind",
							"draft.link." + problem.get().name(), new Object[] { link.getTo() }, null);
				}
			}
		}
		return linked;
	}

	private boolean linkable(String key, Map<String, Point> linked) {
		Point point = linked.containsKey(key) ? linked.get(key)
				: lookup.findPoint(key).filter(p -> p.getVersion().isPublished()).orElse(null);
		linked.put(key, point);
		return point != null;
	}

	private static void checkPublishable(DraftForm form, List<Integer> kept, Errors errors) {
		if (kept.isEmpty()) {
			errors.rejectValue("points", "error.draft.publishEmpty");
			return;
		}
		List<PointRow> rows = kept.stream().map(form.getPoints()::get).toList();
		List<String> unsourced = SourcedPoints.unsourced(rows, PointRow::getLabel, PointRow::getSources);
		if (unsourced.isEmpty()) {
			return;
		}
		errors.rejectValue("points", "draft.unsourced", new Object[] { String.join(", ", unsourced) }, null);
		for (int i : kept) {
			if (!SourcedPoints.isSourced(form.getPoints().get(i).getSources())) {
				errors.rejectValue("points[" + i + "].sources", "draft.point.unsourced");
			}
		}
	}

	private Version basedOn(DraftForm form, Version version, Errors errors) {
		if (form.getBasedOn() == null || form.getBasedOn().isBlank()) {
			return null;
		}
		Version basedOn = lookup.findVersion(form.getBasedOn().strip()).orElse(null);
		if (basedOn == null || basedOn.getId().equals(version.getId())) {
			errors.rejectValue("basedOn", "draft.basedOn.unknown");
		}
		return basedOn;
	}

	private List<Integer> checkRows(DraftForm form, Map<Long, Point> existing, Map<String, Source> cited,
			Map<String, Topic> topics, Map<String, Measure> measures, Errors errors) {
		List<Integer> kept = new ArrayList<>();
		Map<String, Integer> labels = new HashMap<>();
		for (int i = 0; i < form.getPoints().size(); i++) {
			PointRow row = form.getPoints().get(i);
			if (row.getId() != null && !existing.containsKey(row.getId())) {
				throw new InvalidDraftRequest("error.draft.pointNotInDraft", row.getId());
			}
			if (row.isNotKnown() && form.getCompleteness() != Completeness.PARTIAL) {
				errors.rejectValue("points[" + i + "].notKnown", "draft.notKnown.complete");
			}
			if (row.isDropped() || row.isBlankNew()) {
				continue;
			}
			kept.add(i);
			String path = "points[" + i + "]";
			errors.pushNestedPath(path);
			validator.validate(row, errors);
			errors.popNestedPath();
			if (!errors.hasFieldErrors(path + ".label") && labels.putIfAbsent(row.getLabel(), i) != null) {
				errors.rejectValue(path + ".label", "draft.label.duplicate", new Object[] { row.getLabel() }, null);
			}
			if (!cited.keySet().containsAll(row.getSources())) {
				errors.rejectValue(path + ".sources", "draft.sources.unknown");
			}
			if (!topics.keySet().containsAll(row.getTopics())) {
				errors.rejectValue(path + ".topics", "draft.topics.unknown");
			}
			Set<String> seen = new HashSet<>();
			for (int j = 0; j < row.getFigures().size(); j++) {
				FigureRow figure = row.getFigures().get(j);
				if (figure.isBlank()) {
					continue;
				}
				String figurePath = path + ".figures[" + j + "]";
				errors.pushNestedPath(figurePath);
				validator.validate(figure, errors);
				errors.popNestedPath();
				if (!measures.containsKey(figure.getMeasure())) {
					errors.rejectValue(figurePath + ".measure", "draft.measure.unknown");
				}
				else if (!seen.add(figure.getMeasure())) {
					errors.rejectValue(figurePath + ".measure", "draft.measure.duplicate");
				}
			}
		}
		return kept;
	}

}
