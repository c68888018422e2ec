package org.parley.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

import org.parley.source.Source;

/**
 * A point's wording in a language other than its primary (English) text, with its basis and
 * the source it rests on. Belongs to the point's version: it changes only while that version
 * is a draft (V34's trigger refuses it afterwards, like every published text).
 */
@Entity
@Audited
public class PointText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Point point;

	@Convert(converter = LanguageColumn.class)
	private Language language;

	private String title;

	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "basis")
	private WordingBasis basis;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	@jakarta.persistence.Version
	private long lockVersion;

	protected PointText() {
	}

	PointText(Point point, Language language) {
		this.point = point;
		this.language = language;
	}

	/** Sets the wording; on a draft's point only. */
	public void revise(String title, String text, WordingBasis basis, Source source) {
		point.getVersion().requireDraft();
		this.title = title;
		this.text = text;
		this.basis = basis;
		this.source = source;
	}

	public Long getId() {
		return id;
	}

	public Point getPoint() {
		return point;
	}

	public Language getLanguage() {
		return language;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

	public WordingBasis getBasis() {
		return basis;
	}

	public Source getSource() {
		return source;
	}

	public long getLockVersion() {
		return lockVersion;
	}

}
