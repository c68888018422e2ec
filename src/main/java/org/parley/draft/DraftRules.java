package org.parley.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.source.SourceLookup;
import org.parley.topic.Topic;
import org.parley.topic.TopicLookup;

/**
 * The rules of a draft form beyond its constraints: which rows count (a removed row or a
 * blank new one is not checked, so its constraints apply only to the others), labels and
 * measures unique, and every choice one that exists.
 */
@Component
class DraftRules {

	/** What the checks found, for {@link DraftMapping#apply}: the indexes of the rows to keep among them. */
	record Checked(Map<Long, Point> existing, Version basedOn, List<Source> sources, Map<String, Topic> topics,
			Map<String, Measure> measures, List<Integer> kept) {
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
		Map<Long, Point> existing = version.getPoints()
			.stream()
			.collect(Collectors.toMap(Point::getId, Function.identity()));
		Version basedOn = basedOn(form, version, errors);
		List<Source> sources = sourceLookup.sources(form.getSources());
		if (sources.size() != new HashSet<>(form.getSources()).size()) {
			errors.rejectValue("sources", "draft.sources.unknown");
		}
		Map<String, Topic> topics = topicLookup.topics().stream().collect(Collectors.toMap(Topic::getSlug, t -> t));
		Map<String, Measure> measures = lookup.measures().stream().collect(Collectors.toMap(Measure::getSlug, m -> m));
		List<Integer> kept = checkRows(form, existing, topics, measures, errors);
		return new Checked(existing, basedOn, sources, topics, measures, kept);
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

	private List<Integer> checkRows(DraftForm form, Map<Long, Point> existing, Map<String, Topic> topics,
			Map<String, Measure> measures, Errors errors) {
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
