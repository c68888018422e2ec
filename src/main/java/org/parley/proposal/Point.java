package org.parley.proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

import org.hibernate.envers.Audited;

import org.parley.source.Source;
import org.parley.topic.Topic;

/**
 * One numbered provision of a version. Its identity across versions and proposals is
 * carried by {@link PointLink}s, not by its label, so renumbering never breaks lineage.
 */
@Entity
@Audited
public class Point {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Version version;

	private String label;

	private int ordinal;

	private String title;

	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "text_basis")
	private TextBasis textBasis = TextBasis.PARAPHRASE;

	private boolean lowConfidence;

	private String note;

	@ManyToMany
	@JoinTable(name = "point_topic", joinColumns = @JoinColumn(name = "point_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "point_source", joinColumns = @JoinColumn(name = "point_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "point", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<KeyFigure> figures = new ArrayList<>();

	/** Links to the earlier points this one comes from or answers. */
	@OneToMany(mappedBy = "from", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PointLink> links = new ArrayList<>();

	/** The wording in other languages than the primary (English) text, one per language. */
	@OneToMany(mappedBy = "point", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PointText> texts = new ArrayList<>();

	@jakarta.persistence.Version
	private long lockVersion;

	protected Point() {
	}

	Point(Version version, String label, int ordinal, String title, String text) {
		this.version = version;
		this.label = label;
		this.ordinal = ordinal;
		this.title = title;
		this.text = text;
	}

	public KeyFigure addFigure(Measure measure, java.math.BigDecimal value, String qualifier) {
		version.requireDraft();
		KeyFigure figure = new KeyFigure(this, measure, value, qualifier);
		figures.add(figure);
		return figure;
	}

	public PointLink linkTo(Point earlier, LinkKind kind) {
		version.requireDraft();
		PointLink link = new PointLink(this, earlier, kind);
		links.add(link);
		return link;
	}

	/**
	 * Records or corrects the wording in another language than the primary text; on a draft
	 * only, like the primary text.
	 */
	public PointText translate(Language language, String title, String text, WordingBasis basis, Source source) {
		version.requireDraft();
		if (language.primary()) {
			throw new IllegalArgumentException("the primary text is the point's own text");
		}
		PointText wording = textIn(language).orElseGet(() -> {
			PointText created = new PointText(this, language);
			texts.add(created);
			return created;
		});
		wording.revise(title, text, basis, source);
		return wording;
	}

	/** The wording in a language other than the primary text's, if one is recorded. */
	public java.util.Optional<PointText> textIn(Language language) {
		return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
	}

	public List<PointText> getTexts() {
		return texts;
	}

	public void markLowConfidence(String note) {
		this.lowConfidence = true;
		this.note = note;
	}

	/** Changes what an editor can change on a draft's point. */
	public void revise(String label, String title, String text) {
		version.requireDraft();
		this.label = label;
		this.title = title;
		this.text = text;
	}

	/** Says what the text is (the document's words, a translation, a paraphrase); on a draft only. */
	public void recordBasis(TextBasis basis) {
		version.requireDraft();
		this.textBasis = basis == null ? TextBasis.PARAPHRASE : basis;
	}

	public void moveTo(int ordinal) {
		version.requireDraft();
		this.ordinal = ordinal;
	}

	public void setLowConfidence(boolean lowConfidence) {
		this.lowConfidence = lowConfidence;
	}

	/**
	 * Makes the figures exactly {@code wanted} (by measure), changing figures in place so
	 * that the unique (point, measure) pair never clashes within one flush.
	 */
	public void replaceFigures(java.util.Map<Measure, KeyFigure.Amount> wanted) {
		version.requireDraft();
		figures.removeIf(f -> !wanted.containsKey(f.getMeasure()));
		for (var entry : wanted.entrySet()) {
			figures.stream()
				.filter(f -> f.getMeasure().equals(entry.getKey()))
				.findFirst()
				.ifPresentOrElse(f -> f.revise(entry.getValue()),
						() -> addFigure(entry.getKey(), entry.getValue().value(), entry.getValue().qualifier()));
		}
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** The citable key of this point: {@code us-28-point-plan@1#6}. */
	public String key() {
		return version.key() + "#" + label;
	}

	public Long getId() {
		return id;
	}

	public Version getVersion() {
		return version;
	}

	public String getLabel() {
		return label;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

	public TextBasis getTextBasis() {
		return textBasis;
	}

	public boolean isLowConfidence() {
		return lowConfidence;
	}

	public String getNote() {
		return note;
	}

	public Set<Topic> getTopics() {
		return topics;
	}

	public Set<Source> getSources() {
		return sources;
	}

	public List<KeyFigure> getFigures() {
		return figures;
	}

	public List<PointLink> getLinks() {
		return links;
	}

}
