package org.parley.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.FigureView;
import org.parley.proposal.TextBasis;
import org.parley.proposal.Language;
import org.parley.proposal.LanguageText;
import org.parley.proposal.ProposalQueries;
import org.parley.proposal.ReadingLanguages;
import org.parley.proposal.VersionKey;
import org.parley.compare.CurrentStances.StanceRow;
import org.parley.compare.PublishedTexts.FigureRow;
import org.parley.compare.PublishedTexts.PointRow;
import org.parley.compare.PublishedTexts.VersionRow;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.PointChange;
import org.parley.proposal.Provenance;
import org.parley.source.SourceRef;
import org.parley.topic.TopicNotFound;
import org.parley.topic.TopicRef;

/**
 * The digital four-column document: published versions side by side, one row per
 * provision, the words that differ from the baseline marked, with the parties' current
 * stances and the key figures the versions set.
 */
@Service
@Transactional(readOnly = true)
public class Comparison {

	public static final int MIN_VERSIONS = 2;

	public static final int MAX_VERSIONS = 5;

	/**
	 * What to compare; {@code base} is one of {@code versions}. With {@code onlyChanged}, rows
	 * where a partly known version is silent are kept only when {@code includeUnknown} asks for
	 * them: not knowing is not a difference.
	 */
	public record Request(List<VersionKey> versions, VersionKey base, boolean onlyChanged, boolean includeUnknown,
			String topic, LocalDate asOf) {

		public Request(List<VersionKey> versions, VersionKey base, boolean onlyChanged, String topic, LocalDate asOf) {
			this(versions, base, onlyChanged, false, topic, asOf);
		}

		public Request {
			versions = List.copyOf(versions);
			if (versions.size() < MIN_VERSIONS || versions.size() > MAX_VERSIONS) {
				throw new InvalidComparison("error.compare.versionCount", MIN_VERSIONS, MAX_VERSIONS, versions.size());
			}
			if (new HashSet<>(versions).size() != versions.size()) {
				throw new InvalidComparison("error.compare.sameVersionTwice");
			}
			if (base == null) {
				base = versions.get(0);
			}
			else if (!versions.contains(base)) {
				throw new InvalidComparison("error.compare.baseNotCompared", base.toString());
			}
		}

	}

	/**
	 * {@code planStances}: per compared version (in column order) the current stances on it as a
	 * whole, shown apart from the rows, since a statement on a whole plan is no stance on any of
	 * its points.
	 */
	public record View(Request request, List<Column> columns, int base, List<FigureLine> figures, List<Line> rows,
			int hiddenRows, TopicRef topic, Choices choices, List<PlanStances> planStances,
			ReadingLanguages languages) {
	}

	/** The current stances on one compared version as a whole. */
	public record PlanStances(VersionKey version, String proposalName, List<StanceView> stances) {
	}

	public record Column(VersionKey key, String proposalName, String title, LocalDate issuedOn, Provenance provenance,
			Completeness completeness, boolean base) {
	}

	/** {@code reported}: the text reports what changed; the wording is not known. */
	public record PointText(String key, String proposal, int number, String label, String title, String text,
			boolean lowConfidence, List<String> topics, boolean reported, TextBasis basis) {
	}

	/**
	 * How a cell reads against the baseline. An empty cell is {@code ABSENT} in a version known
	 * in full or one that records the removal, {@code NOT_KNOWN} in one known only in part
	 * (whose silence says nothing). A cell whose text only reports what changed is
	 * {@code REPORTED_CHANGE}: it differs from the baseline, in words nobody has.
	 */
	public enum CellStatus {
		BASE, SAME, CHANGED, REPORTED_CHANGE, NO_COUNTERPART_IN_BASE, ABSENT, NOT_KNOWN
	}

	/**
	 * {@code inLanguages}: the cell in each language asked ({@code ?lang=}), empty when none was;
	 * {@code diff} and the status compare the primary (English) texts.
	 */
	public record Cell(List<PointText> points, List<Segment> diff, boolean byTopic, CellStatus status,
			List<CellText> inLanguages) {

		Cell(List<PointText> points, List<Segment> diff, boolean byTopic, CellStatus status) {
			this(points, diff, byTopic, status, List.of());
		}

		public String text() {
			return points.stream().map(PointText::text).collect(Collectors.joining("\n\n"));
		}

		Cell in(List<CellText> languages) {
			return new Cell(points, diff, byTopic, status, languages);
		}

	}

	/**
	 * A cell's points in one language: their texts there (or that none is recorded), and the words
	 * that differ from the baseline's text in the same language. {@code baseMissing}: the baseline
	 * has no text in this language here, so nothing is marked, rather than compare across languages.
	 */
	public record CellText(Language language, List<LanguageText> texts, List<Segment> diff, boolean baseMissing) {

		public boolean recorded() {
			return texts.stream().allMatch(LanguageText::recorded);
		}

		public String text() {
			return texts.stream().map(LanguageText::text).collect(Collectors.joining("\n\n"));
		}

	}

	/** {@code unknown}: a partly known version is silent in this row. */
	public record Line(List<Cell> cells, boolean changed, boolean unknown, List<StanceView> stances) {
	}

	/**
	 * A current stance: on the point {@code pointKey}, or on a whole version (then
	 * {@code pointKey} and {@code pointLabel} are null). {@code sourceUrl} is the outlet's
	 * address, {@code source} the citation with its grade and warning; {@code lowConfidence} by
	 * {@link org.parley.source.Confidence}'s rule.
	 */
	public record StanceView(long positionId, String partySlug, String partyName, Stance stance, LocalDate statedOn,
			String paraphrase, String pointKey, String pointLabel, String sourceUrl, SourceRef source,
			boolean lowConfidence) {

		/** The source as a list, for the shared citation fragment. */
		public List<SourceRef> sources() {
			return List.of(source);
		}

	}

	public record FigureLine(String measure, String unit, List<List<FigureValue>> values) {
	}

	/** A figure as the comparison states it: {@code value} in English (exports, API), {@link #valueIn} for a reader. */
	public record FigureValue(String pointLabel, String value, String qualifier, @JsonIgnore BigDecimal number) {

		public String valueIn(Locale locale) {
			return FigureView.format(number, locale);
		}

	}

	/** What the form offers. */
	public record Choices(List<Option> versions, List<TopicRef> topics) {
	}

	public record Option(String key, String label) {
	}

	private final PublishedTexts texts;

	private final CurrentStances stances;

	private final WordDiff wordDiff;

	private final ProposalQueries proposals;

	Comparison(PublishedTexts texts, CurrentStances stances, WordDiff wordDiff, ProposalQueries proposals) {
		this.proposals = proposals;
		this.texts = texts;
		this.stances = stances;
		this.wordDiff = wordDiff;
	}

	/** The form's choices alone, for the page before anything is picked. */
	public Choices choices() {
		return choices(texts.topics());
	}

	public View compare(Request request) {
		return compare(request, null);
	}

	/**
	 * The comparison with each cell's points also in the languages asked, word-diffed against
	 * the baseline's text in the same language only: one statement more for the texts.
	 */
	public View compare(Request request, ReadingLanguages languages) {
		List<TopicRef> allTopics = texts.topics();
		TopicRef topic = null;
		if (request.topic() != null) {
			topic = allTopics.stream()
				.filter(t -> t.slug().equals(request.topic()))
				.findFirst()
				.orElseThrow(() -> new TopicNotFound("error.topic.notFound", request.topic()));
		}
		List<VersionRow> versions = texts.versions(request.versions());
		List<Long> versionIds = versions.stream().map(VersionRow::id).toList();
		int base = request.versions().indexOf(request.base());

		Map<Long, Set<TopicRef>> topics = texts.topicsOfPoints(versionIds);
		Map<Long, PointText> pointTexts = new HashMap<>();
		Map<Long, Integer> columnOfPoint = new HashMap<>();
		Map<Long, List<Alignment.Item>> itemsByVersion = new LinkedHashMap<>();
		Map<Long, VersionRow> versionsById = versions.stream()
			.collect(Collectors.toMap(VersionRow::id, v -> v));
		for (PointRow p : texts.points(versionIds)) {
			Set<TopicRef> pointTopics = topics.getOrDefault(p.id(), Set.of());
			VersionRow v = versionsById.get(p.versionId());
			pointTexts.put(p.id(), new PointText(v.key() + "#" + p.label(), v.proposalSlug(), v.number(), p.label(),
					p.title(), p.text(), p.lowConfidence(), pointTopics.stream().map(TopicRef::name).toList(),
					!p.wording(), p.basis()));
			columnOfPoint.put(p.id(), versionIds.indexOf(p.versionId()));
			itemsByVersion.computeIfAbsent(p.versionId(), k -> new ArrayList<>())
				.add(new Alignment.Item(p.id(), p.ordinal(),
						pointTopics.stream().map(TopicRef::slug).collect(Collectors.toSet())));
		}
		List<List<Alignment.Item>> columns = versionIds.stream()
			.map(id -> itemsByVersion.getOrDefault(id, List.of()))
			.toList();
		var links = texts.chains(versionIds);
		Map<Long, Set<String>> topicSlugs = new HashMap<>();
		columns.forEach(c -> c.forEach(i -> topicSlugs.put(i.id(), i.topics())));
		CurrentStances.Current stated = stances.on(versionIds, request.asOf());
		Map<Long, List<StanceRow>> current = stated.onPoints();
		List<Set<Long>> silent = silentMeansUnknown(versions, texts.removals(versionIds));

		Map<Long, Map<Language, LanguageText>> translations = languages == null ? Map.of()
				: proposals.translations(pointTexts.keySet(), languages.translations());
		List<Line> lines = new ArrayList<>();
		int hidden = 0;
		for (Alignment.Row row : Alignment.align(columns, links, base)) {
			if (topic != null && row.cells().stream().flatMap(List::stream)
				.noneMatch(id -> topicSlugs.get(id).contains(request.topic()))) {
				continue;
			}
			Line line = line(row, base, silent, pointTexts, current);
			if (languages != null) {
				line = inLanguages(line, row, base, languages, pointTexts, translations);
			}
			if (request.onlyChanged() && !line.changed() && !(request.includeUnknown() && line.unknown())) {
				hidden++;
				continue;
			}
			lines.add(line);
		}
		List<Column> columnViews = versions.stream()
			.map(v -> new Column(v.key(), v.proposalName(), v.title(), v.issuedOn(), v.provenance(),
					v.completeness(), v.key().equals(request.base())))
			.toList();
		List<PlanStances> planStances = versions.stream()
			.filter(v -> stated.onVersions().containsKey(v.id()))
			.map(v -> new PlanStances(v.key(), v.proposalName(), stated.onVersions()
				.get(v.id())
				.stream()
				.map(s -> stanceView(s, null, null))
				.toList()))
			.toList();
		return new View(request, columnViews, base, figures(versionIds, pointTexts, columnOfPoint), lines, hidden, topic,
				choices(allTopics), planStances, languages);
	}

	/** The line with every cell also in the languages asked. */
	private Line inLanguages(Line line, Alignment.Row row, int base, ReadingLanguages languages,
			Map<Long, PointText> pointTexts, Map<Long, Map<Language, LanguageText>> translations) {
		List<Long> baseIds = row.cells().get(base);
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < line.cells().size(); c++) {
			Cell cell = line.cells().get(c);
			List<Long> ids = row.cells().get(c);
			List<CellText> texts = new ArrayList<>();
			for (Language language : languages.languages()) {
				if (language.primary()) {
					texts.add(new CellText(language, cell.points().stream().map(Comparison::primary).toList(),
							cell.diff(), false));
					continue;
				}
				List<LanguageText> own = in(language, ids, translations);
				List<LanguageText> baseline = in(language, baseIds, translations);
				boolean baseMissing = !baseline.isEmpty() && !baseline.stream().allMatch(LanguageText::recorded);
				List<Segment> diff = List.of();
				// the words are marked only between two texts of this language, never against another one
				if (c != base && !baseMissing && !baseline.isEmpty() && !own.isEmpty()
						&& own.stream().allMatch(LanguageText::recorded)
						&& (cell.status() == CellStatus.SAME || cell.status() == CellStatus.CHANGED)
						&& baseIds.stream().map(pointTexts::get).noneMatch(PointText::reported)) {
					diff = wordDiff.between(language, baseIds, joined(baseline), ids, joined(own));
				}
				texts.add(new CellText(language, own, diff, baseMissing && c != base && !ids.isEmpty()));
			}
			cells.add(cell.in(texts));
		}
		return new Line(cells, line.changed(), line.unknown(), line.stances());
	}

	private static List<LanguageText> in(Language language, List<Long> ids,
			Map<Long, Map<Language, LanguageText>> translations) {
		return ids.stream()
			.map(id -> translations.getOrDefault(id, Map.of()).getOrDefault(language, LanguageText.missing(language)))
			.toList();
	}

	private static String joined(List<LanguageText> texts) {
		return texts.stream().map(LanguageText::text).collect(Collectors.joining("\n\n"));
	}

	private static LanguageText primary(PointText point) {
		return new LanguageText(Language.EN, point.title(), point.text(),
				point.basis() == null ? null : "TextBasis." + point.basis(), point.reported(), List.of());
	}

	private Line line(Alignment.Row row, int base, List<Set<Long>> silent, Map<Long, PointText> pointTexts,
			Map<Long, List<StanceRow>> current) {
		List<Long> baseIds = row.cells().get(base);
		String baseText = join(baseIds, pointTexts);
		boolean baseKnown = !baseIds.isEmpty() || !notKnown(row, silent.get(base));
		List<Cell> cells = new ArrayList<>();
		boolean changed = false;
		boolean unknown = false;
		for (int c = 0; c < row.cells().size(); c++) {
			List<Long> ids = row.cells().get(c);
			List<PointText> points = ids.stream().map(pointTexts::get).toList();
			Cell cell;
			if (ids.isEmpty()) {
				cell = new Cell(points, List.of(), false,
						notKnown(row, silent.get(c)) ? CellStatus.NOT_KNOWN : CellStatus.ABSENT);
			}
			else if (c == base) {
				cell = new Cell(points, List.of(), row.byTopic().get(c), CellStatus.BASE);
			}
			else if (baseIds.isEmpty()) {
				cell = new Cell(points, List.of(), row.byTopic().get(c), CellStatus.NO_COUNTERPART_IN_BASE);
			}
			else if (points.stream().anyMatch(PointText::reported)) {
				cell = new Cell(points, List.of(), row.byTopic().get(c), CellStatus.REPORTED_CHANGE);
			}
			else if (baseIds.stream().map(pointTexts::get).anyMatch(PointText::reported)) {
				// wording against a report of a change: the two differ, but there are no words to mark
				cell = new Cell(points, List.of(), row.byTopic().get(c), CellStatus.CHANGED);
			}
			else {
				String text = join(ids, pointTexts);
				boolean same = PointChange.sameWording(baseText, text);
				cell = new Cell(points, wordDiff.between(baseIds, baseText, ids, text), row.byTopic().get(c),
						same ? CellStatus.SAME : CellStatus.CHANGED);
			}
			unknown |= cell.status() == CellStatus.NOT_KNOWN;
			// against a baseline that is silent here for want of its text, nothing is known to differ
			changed |= switch (cell.status()) {
				case CHANGED, REPORTED_CHANGE, ABSENT -> true;
				case NO_COUNTERPART_IN_BASE -> baseKnown;
				case BASE, SAME, NOT_KNOWN -> false;
			};
			cells.add(cell);
		}
		List<StanceView> stanceViews = new ArrayList<>();
		row.cells().forEach(ids -> ids.forEach(id -> current.getOrDefault(id, List.of()).forEach(s -> {
			PointText point = pointTexts.get(id);
			stanceViews.add(stanceView(s, point.key(), point.label()));
		})));
		stanceViews.sort((a, b) -> a.partyName().compareToIgnoreCase(b.partyName()));
		return new Line(cells, changed, unknown, stanceViews);
	}

	private static StanceView stanceView(StanceRow s, String pointKey, String pointLabel) {
		return new StanceView(s.positionId(), s.partySlug(), s.partyName(), s.stance(), s.statedOn(), s.paraphrase(),
				pointKey, pointLabel, s.sourceUrl(), s.source(), s.lowConfidence());
	}

	private List<FigureLine> figures(List<Long> versionIds, Map<Long, PointText> pointTexts,
			Map<Long, Integer> columnOfPoint) {
		Map<String, FigureLine> lines = new LinkedHashMap<>();
		for (FigureRow f : texts.figures(versionIds)) {
			FigureLine line = lines.computeIfAbsent(f.measureSlug(), k -> {
				List<List<FigureValue>> values = new ArrayList<>();
				versionIds.forEach(v -> values.add(new ArrayList<>()));
				return new FigureLine(f.measureName(), f.unit(), values);
			});
			PointText point = pointTexts.get(f.pointId());
			line.values().get(columnOfPoint.get(f.pointId())).add(new FigureValue(point.label(),
					FigureView.format(f.value(), Locale.ENGLISH), f.qualifier(), f.value()));
		}
		return List.copyOf(lines.values());
	}

	/**
	 * Per column, null when its version is known in full (silence there is absence); otherwise
	 * the points whose removal it records (silence about any other is not knowing).
	 */
	private static List<Set<Long>> silentMeansUnknown(List<VersionRow> versions, Map<Long, Set<Long>> removals) {
		return versions.stream()
			.map(v -> v.completeness() == Completeness.PARTIAL ? removals.getOrDefault(v.id(), Set.of()) : null)
			.toList();
	}

	/** Whether a column with nothing in this row is silent for want of its text. */
	private static boolean notKnown(Alignment.Row row, Set<Long> recordedRemovals) {
		return recordedRemovals != null
				&& row.cells().stream().flatMap(List::stream).noneMatch(recordedRemovals::contains);
	}

	private static String join(List<Long> ids, Map<Long, PointText> pointTexts) {
		return ids.stream().map(id -> pointTexts.get(id).text()).collect(Collectors.joining("\n\n"));
	}

	private Choices choices(List<TopicRef> topics) {
		return new Choices(texts.versionChoices(), topics);
	}

}
