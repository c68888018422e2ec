package org.parley.draft;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.proposal.VersionKey;
import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;
import org.parley.system.FormSubmissions;
import org.parley.proposal.ProposalLookup;
import org.parley.source.SourceLookup;
import org.parley.topic.TopicLookup;
import org.parley.proposal.KeyFigure;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Measure;
import org.parley.proposal.Point;
import org.parley.proposal.PointChange;
import org.parley.proposal.PointLink;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.topic.Topic;

/**
 * Draft versions: started from a published version (every point copied and linked to its
 * original), edited in one form, then published (immutable from then on) or discarded.
 */
@Service
public class Drafts {

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final TopicLookup topicLookup;

	private final SourceLookup sourceLookup;

	private final FormSubmissions submissions;

	Drafts(EntityManager em, ProposalLookup lookup, TopicLookup topicLookup, SourceLookup sourceLookup,
			FormSubmissions submissions) {
		this.em = em;
		this.lookup = lookup;
		this.topicLookup = topicLookup;
		this.sourceLookup = sourceLookup;
		this.submissions = submissions;
	}

	/** What "New version" will do, for the confirmation page. */
	public record NewVersionPlan(String proposal, String proposalName, int from, String fromTitle, int nextNumber,
			int points) {
	}

	/** The draft being edited, for the page heading and links. */
	public record DraftHeading(String proposal, String proposalName, int number, String key, String title,
			boolean published, String basedOn) {
	}

	/** One choice in a select: the submitted value and what the editor reads. */
	public record Choice(String value, String label) {
	}

	/** The lists the draft form chooses from. */
	public record Choices(List<Choice> topics, List<Choice> measures, List<Choice> sources, List<Choice> versions) {
	}

	@Transactional(readOnly = true)
	public NewVersionPlan plan(String proposal, int from) {
		Version source = lookup.version(proposal, from);
		return new NewVersionPlan(proposal, source.getProposal().getName(), from, source.getTitle(),
				lookup.nextVersionNumber(source.getProposal()), source.getPoints().size());
	}

	/** Creates the draft (once per form token) and returns the path of its editor. */
	@Transactional
	public String createFrom(String proposal, int from, UUID token) {
		return submissions.once(token, () -> {
			Version source = lookup.version(proposal, from);
			Proposal owner = source.getProposal();
			Version draft = new Version(owner, lookup.nextVersionNumber(owner), source.getTitle(),
					source.getIssuedOn(), source.getDatePrecision(), source.getProvenance(), source.getCompleteness(),
					null);
			draft.setBasedOn(source);
			draft.getSources().addAll(source.getSources());
			em.persist(draft);
			copyPoints(source, draft, LinkKind.CARRIED_OVER);
			return editPath(draft);
		});
	}

	/** Copies every point of {@code source} into {@code draft}, linked to its original by {@code kind}. */
	public static void copyPoints(Version source, Version draft, LinkKind kind) {
		for (Point original : source.getPoints()) {
			Point copy = draft.addPoint(original.getLabel(), original.getTitle(), original.getText());
			copy.getTopics().addAll(original.getTopics());
			copy.getSources().addAll(original.getSources());
			for (KeyFigure figure : original.getFigures()) {
				copy.addFigure(figure.getMeasure(), figure.getValue(), figure.getQualifier());
			}
			copy.setLowConfidence(original.isLowConfidence());
			copy.setNote(original.getNote());
			copy.recordBasis(original.getTextBasis());
			copy.linkTo(original, kind);
		}
	}

	@Transactional(readOnly = true)
	public DraftHeading heading(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		return new DraftHeading(proposal, version.getProposal().getName(), number, version.key(), version.getTitle(),
				version.isPublished(), version.getBasedOn() == null ? null : version.getBasedOn().key());
	}

	@Transactional(readOnly = true)
	public DraftForm form(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
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
			List<FigureRow> figures = new ArrayList<>();
			for (KeyFigure figure : point.getFigures()) {
				figures.add(new FigureRow(figure.getMeasure().getSlug(),
						figure.getValue() == null ? "" : figure.getValue().stripTrailingZeros().toPlainString(),
						figure.getQualifier()));
			}
			figures.add(new FigureRow());
			row.setFigures(figures);
			form.getPoints().add(row);
		}
		return form;
	}

	/** Published versions a new version may be based on or answer. */
	@Transactional(readOnly = true)
	public List<Choice> versionChoices() {
		return versionChoices("");
	}

	private List<Choice> versionChoices(String except) {
		return lookup.publishedVersions()
			.stream()
			.filter(v -> !v.key().equals(except))
			.map(v -> new Choice(v.key(), v.getProposal().getName() + " · " + v.getNumber() + " · " + v.getTitle()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Choices choices(String proposal, int number) {
		return new Choices(topicLookup.topics().stream().map(t -> new Choice(t.getSlug(), t.getName())).toList(),
				lookup.measures()
					.stream()
					.map(m -> new Choice(m.getSlug(), m.getName() + " (" + m.getUnit() + ")"))
					.toList(),
				sourceLookup.sources()
					.stream()
					.map(s -> new Choice(s.getKey(), s.getPublisher() + ": " + s.getTitle()))
					.toList(),
				versionChoices(proposal + "@" + number));
	}

	/**
	 * Saves the form into the draft. Rule violations are reported into {@code errors} and
	 * nothing changes; a stale form raises {@link EditConflictException}.
	 */
	@Transactional
	public void save(String proposal, int number, DraftForm form, Errors errors) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (form.getLockVersion() != version.getLockVersion()) {
			throw conflict(version, form);
		}
		Map<Long, Point> existing = version.getPoints()
			.stream()
			.collect(Collectors.toMap(Point::getId, Function.identity()));
		Version basedOn = resolveBasedOn(form, version, errors);
		var sources = sourceLookup.sources(form.getSources());
		if (sources.size() != new HashSet<>(form.getSources()).size()) {
			errors.rejectValue("sources", "draft.sources.unknown");
		}
		Map<String, Topic> topics = topicLookup.topics().stream().collect(Collectors.toMap(Topic::getSlug, t -> t));
		Map<String, Measure> measures = lookup.measures().stream().collect(Collectors.toMap(Measure::getSlug, m -> m));
		List<Integer> kept = validateRows(form, existing, topics, measures, errors);
		if (errors.hasErrors()) {
			return;
		}

		version.revise(form.getTitle(), form.getIssuedOn(), form.getDatePrecision(), form.getProvenance(),
				form.getCompleteness(), blankToNull(form.getNote()));
		version.setBasedOn(basedOn);
		version.getSources().clear();
		version.getSources().addAll(sources);

		// removals first: a removed point's label may be reused by another row in this save
		for (PointRow row : form.getPoints()) {
			if (row.isDropped() && row.getId() != null) {
				if (row.isRemove()) {
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
		for (int i : kept) {
			PointRow row = form.getPoints().get(i);
			Point point = row.getId() == null ? null : existing.get(row.getId());
			if (point != null && !point.getLabel().equals(row.getLabel().strip())) {
				point.revise("tmp-" + point.getId(), point.getTitle(), point.getText());
				relabelled = true;
			}
		}
		if (relabelled) {
			em.flush();
		}
		List<Integer> ordered = new ArrayList<>(kept);
		ordered.sort(Comparator.comparing((Integer i) -> form.getPoints().get(i).getOrder(),
				Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i));
		int ordinal = 0;
		for (int i : ordered) {
			PointRow row = form.getPoints().get(i);
			Point point = row.getId() == null
					? version.addPoint(row.getLabel().strip(), row.getTitle().strip(), row.getText().strip())
					: existing.get(row.getId());
			point.revise(row.getLabel().strip(), row.getTitle().strip(), row.getText().strip());
			point.moveTo(ordinal++);
			Set<Topic> wanted = row.getTopics().stream().map(topics::get).collect(Collectors.toSet());
			point.getTopics().retainAll(wanted);
			point.getTopics().addAll(wanted);
			Map<Measure, KeyFigure.Amount> figures = new LinkedHashMap<>();
			for (FigureRow figure : row.getFigures()) {
				if (!figure.isBlank()) {
					figures.put(measures.get(figure.getMeasure()),
							new KeyFigure.Amount(parseNumber(figure.getValue()), blankToNull(figure.getQualifier())));
				}
			}
			point.replaceFigures(figures);
			reclassifyLinks(point);
		}
		// every save moves the draft on, so a form opened before it is recognised as stale
		em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
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

	private Version resolveBasedOn(DraftForm form, Version version, Errors errors) {
		if (form.getBasedOn() == null || form.getBasedOn().isBlank()) {
			return null;
		}
		Version basedOn = lookup.findVersion(form.getBasedOn().strip()).orElse(null);
		if (basedOn == null || basedOn.getId().equals(version.getId())) {
			errors.rejectValue("basedOn", "draft.basedOn.unknown");
		}
		return basedOn;
	}

	/** Checks every row; returns the indexes of the rows to keep (not removed, not blank). */
	private static List<Integer> validateRows(DraftForm form, Map<Long, Point> existing, Map<String, Topic> topics,
			Map<String, Measure> measures, Errors errors) {
		List<Integer> kept = new ArrayList<>();
		Map<String, Integer> labels = new HashMap<>();
		for (int i = 0; i < form.getPoints().size(); i++) {
			PointRow row = form.getPoints().get(i);
			String path = "points[" + i + "].";
			if (row.getId() != null && !existing.containsKey(row.getId())) {
				throw new InvalidDraftRequest("Point " + row.getId() + " is not part of this draft.");
			}
			if (row.isNotKnown() && form.getCompleteness() != Completeness.PARTIAL) {
				errors.rejectValue(path + "notKnown", "draft.notKnown.complete");
			}
			if (row.isDropped() || row.isBlankNew()) {
				continue;
			}
			kept.add(i);
			String label = row.getLabel() == null ? "" : row.getLabel().strip();
			if (label.isEmpty()) {
				errors.rejectValue(path + "label", "field.required");
			}
			else if (label.length() > VersionKey.MAX_LABEL_LENGTH || !VersionKey.LABEL.matcher(label).matches()) {
				errors.rejectValue(path + "label", "draft.label.pattern");
			}
			else if (labels.putIfAbsent(label, i) != null) {
				errors.rejectValue(path + "label", "draft.label.duplicate", new Object[] { label }, null);
			}
			required(errors, path + "title", row.getTitle(), 300);
			required(errors, path + "text", row.getText(), 8000);
			if (!topics.keySet().containsAll(row.getTopics())) {
				errors.rejectValue(path + "topics", "draft.topics.unknown");
			}
			Set<String> seen = new HashSet<>();
			for (int j = 0; j < row.getFigures().size(); j++) {
				FigureRow figure = row.getFigures().get(j);
				String figurePath = path + "figures[" + j + "].";
				if (figure.isBlank()) {
					continue;
				}
				if (!measures.containsKey(figure.getMeasure())) {
					errors.rejectValue(figurePath + "measure", "draft.measure.unknown");
				}
				else if (!seen.add(figure.getMeasure())) {
					errors.rejectValue(figurePath + "measure", "draft.measure.duplicate");
				}
				boolean hasValue = figure.getValue() != null && !figure.getValue().isBlank();
				if (hasValue && parseNumber(figure.getValue()) == null) {
					errors.rejectValue(figurePath + "value", "draft.figure.number");
				}
				if (!hasValue && (figure.getQualifier() == null || figure.getQualifier().isBlank())) {
					errors.rejectValue(figurePath + "value", "draft.figure.valueOrQualifier");
				}
				if (figure.getQualifier() != null && figure.getQualifier().length() > 300) {
					errors.rejectValue(figurePath + "qualifier", "field.tooLong", new Object[] { 300 }, null);
				}
			}
		}
		return kept;
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "field.required");
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "field.tooLong", new Object[] { max }, null);
		}
	}

	/** "600000", "600,000", "600 000" or "1.5"; null when it is not a number that fits. */
	static BigDecimal parseNumber(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip().replaceAll("[,\\s\u00a0\u202f]", ""));
			boolean fits = number.scale() <= 4 && number.precision() - number.scale() <= 16;
			return fits ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Adds the points split from pasted text to the draft, after the others or instead of
	 * them. Returns what prevents it (message keys with an argument), empty when done.
	 */
	@Transactional
	public List<String[]> addPasted(String proposal, int number, long lockVersion, List<PastedPlan.Parsed> parsed,
			boolean replace) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (version.getLockVersion() != lockVersion) {
			throw new EditConflictException(version.key(), editPath(version), List.of());
		}
		List<String[]> problems = new ArrayList<>();
		Set<String> labels = new HashSet<>();
		if (!replace) {
			version.getPoints().forEach(p -> labels.add(p.getLabel()));
		}
		for (PastedPlan.Parsed point : parsed) {
			if (!labels.add(point.label())) {
				problems.add(new String[] { "paste.labelTaken", point.label() });
			}
			if (point.text().length() > 8000) {
				problems.add(new String[] { "paste.tooLong", point.label() });
			}
		}
		if (parsed.isEmpty()) {
			problems.add(new String[] { "paste.nothing", "" });
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (replace) {
			new ArrayList<>(version.getPoints()).forEach(version::removePoint);
			em.flush();
		}
		int ordinal = version.getPoints().size();
		for (PastedPlan.Parsed point : parsed) {
			version.addPoint(point.label(), point.title(), point.text()).moveTo(ordinal++);
		}
		em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return problems;
	}

	@Transactional
	public void publish(String proposal, int number, long lockVersion) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (version.getLockVersion() != lockVersion) {
			throw new EditConflictException(version.key(), editPath(version), List.of());
		}
		if (version.getPoints().isEmpty()) {
			throw new InvalidDraftRequest("A version without points cannot be published.");
		}
		version.publish(Instant.now());
	}

	@Transactional
	public void discard(String proposal, int number, long lockVersion) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		if (version.getLockVersion() != lockVersion) {
			throw new EditConflictException(version.key(), editPath(version), List.of());
		}
		Long dependants = em.createQuery("select count(v) from Version v where v.basedOn = :v", Long.class)
			.setParameter("v", version)
			.getSingleResult();
		if (dependants > 0) {
			throw new InvalidDraftRequest("Another version is based on this draft; change that first.");
		}
		em.remove(version);
	}

	public static String editPath(Version version) {
		return "/proposals/" + version.getProposal().getSlug() + "/versions/" + version.getNumber() + "/edit";
	}

	private EditConflictException conflict(Version current, DraftForm yours) {
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
		return new EditConflictException(current.key(), editPath(current), fields);
	}

	private static String describe(String title, String text) {
		return Objects.toString(title, "") + "\n\n" + Objects.toString(text, "");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
