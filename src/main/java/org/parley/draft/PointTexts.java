package org.parley.draft;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.parley.proposal.Language;
import org.parley.proposal.Point;
import org.parley.proposal.PointNotFound;
import org.parley.proposal.PointText;
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.TranslationLanguage;
import org.parley.proposal.Version;
import org.parley.source.Source;
import org.parley.source.SourceLookup;
import org.parley.system.EditConflictException;
import org.parley.system.EditConflictException.Field;

/**
 * Editors record and correct a draft point's wording in other languages than its primary
 * (English) text, on a page of its own beside the draft form. Only a draft's points: a
 * published version's texts never change (V34's trigger, {@link Version#requireDraft()}).
 */
@Service
public class PointTexts {

	/** A draft's point and the languages it has a text in, for the list of the draft's points. */
	public record PointEntry(String label, String title, List<String> languages) {
	}

	/** A text recorded for the point, as the page lists it. */
	public record RecordedText(String language, String title, String text, String basis, String source) {
	}

	/** What the page of one point shows beside the form. */
	public record PointTextsPage(String proposal, String proposalName, int number, String versionKey, String label,
			String title, String text, List<RecordedText> recorded, List<DraftReading.Choice> sources,
			List<PointEntry> points) {
	}

	private final ProposalLookup lookup;

	private final SourceLookup sources;

	PointTexts(ProposalLookup lookup, SourceLookup sources) {
		this.lookup = lookup;
		this.sources = sources;
	}

	/** The draft's points with the languages each has a text in. */
	@Transactional(readOnly = true)
	public List<PointEntry> points(String proposal, int number) {
		return draft(proposal, number).getPoints()
			.stream()
			.sorted(Comparator.comparingInt(Point::getOrdinal))
			.map(PointTexts::entry)
			.toList();
	}

	@Transactional(readOnly = true)
	public PointTextsPage page(String proposal, int number, String label) {
		Version version = draft(proposal, number);
		Point point = point(version, label);
		// the point's own sources first: a text most often rests on one of them
		Set<Source> offered = new LinkedHashSet<>(point.getSources());
		offered.addAll(version.getSources());
		point.getTexts().forEach(t -> offered.add(t.getSource()));
		return new PointTextsPage(proposal, version.getProposal().getName(), number, version.key(), point.getLabel(),
				point.getTitle(), point.getText(),
				point.getTexts().stream().sorted(Comparator.comparing(PointText::getLanguage)).map(PointTexts::recorded).toList(),
				offered.stream().map(s -> new DraftReading.Choice(s.getKey(), s.getKey() + " — " + s.getTitle())).toList(),
				version.getPoints().stream().sorted(Comparator.comparingInt(Point::getOrdinal)).map(PointTexts::entry).toList());
	}

	/** The form for the point's text in a language: the recorded one to correct, or a blank one. */
	@Transactional(readOnly = true)
	public PointTextForm form(String proposal, int number, String label, String language) {
		Point point = point(draft(proposal, number), label);
		Language chosen = TranslationLanguage.Check.isTranslation(language) ? Language.of(language)
				: Language.translations().get(0);
		return point.textIn(chosen).map(PointTextForm::from).orElseGet(() -> PointTextForm.blank(chosen.code()));
	}

	/**
	 * Records or corrects the text; returns the page to go to, or null when {@code errors} were
	 * reported. A form opened before someone else saved this language's text is a conflict.
	 */
	@Transactional
	public String save(String proposal, int number, String label, PointTextForm form, Errors errors) {
		Version version = draft(proposal, number);
		Point point = point(version, label);
		Source source = null;
		if (!errors.hasFieldErrors("source")) {
			source = sources.findSource(form.getSource()).orElse(null);
			if (source == null) {
				errors.rejectValue("source", "pointText.source.unknown", new Object[] { form.getSource() }, null);
			}
		}
		if (errors.hasFieldErrors("language")) {
			return null;
		}
		Language language = Language.of(form.getLanguage());
		PointText stored = point.textIn(language).orElse(null);
		Long storedLock = stored == null ? null : stored.getLockVersion();
		if (!Objects.equals(storedLock, form.getLockVersion())) {
			throw conflict(version, point, language, form, stored);
		}
		if (errors.hasErrors()) {
			return null;
		}
		point.translate(language, form.getTitle(), form.getText(), form.getBasis(), source);
		return pagePath(proposal, number, point.getLabel()) + "?language=" + language.code();
	}

	public static String pagePath(String proposal, int number, String label) {
		return "/proposals/" + proposal + "/versions/" + number + "/edit/points/" + label + "/texts";
	}

	private static EditConflictException conflict(Version version, Point point, Language language, PointTextForm form,
			PointText stored) {
		Function<Function<PointText, String>, String> current = f -> stored == null ? "" : Objects.toString(f.apply(stored), "");
		return new EditConflictException(point.key() + " (" + language.code() + ")",
				pagePath(version.getProposal().getSlug(), version.getNumber(), point.getLabel()) + "?language="
						+ language.code(),
				List.of(new Field("pointText.title", null, form.getTitle(), current.apply(PointText::getTitle)),
						new Field("pointText.text", null, form.getText(), current.apply(PointText::getText)),
						new Field("pointText.basis", null, Objects.toString(form.getBasis(), ""),
								current.apply(t -> t.getBasis().name())),
						new Field("pointText.source", null, form.getSource(),
								current.apply(t -> t.getSource().getKey()))));
	}

	private static RecordedText recorded(PointText text) {
		return new RecordedText(text.getLanguage().code(), text.getTitle(), text.getText(), text.getBasis().name(),
				text.getSource().getKey());
	}

	private static PointEntry entry(Point point) {
		return new PointEntry(point.getLabel(), point.getTitle(),
				point.getTexts().stream().map(t -> t.getLanguage().code()).sorted().collect(Collectors.toList()));
	}

	private Version draft(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		return version;
	}

	private static Point point(Version version, String label) {
		return version.getPoints()
			.stream()
			.filter(p -> p.getLabel().equals(label))
			.findFirst()
			.orElseThrow(() -> new PointNotFound("error.point.notFound", label, version.getNumber(),
					version.getProposal().getSlug()));
	}

}
