package org.parley.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parley.proposal.PointText;
import org.parley.proposal.TranslationLanguage;
import org.parley.proposal.WordingBasis;

/**
 * A draft point's wording in another language, as an editor adds or corrects it. The language,
 * lengths and basis follow the importer's rules (TranslationLanguage, the columns of V34); that
 * the source exists is checked by {@link PointTexts}. {@code lockVersion} is null for a new text.
 */
public class PointTextForm {

	private Long lockVersion;

	@NotBlank
	@TranslationLanguage
	private String language;

	@Size(max = 300)
	private String title;

	@NotBlank
	@Size(max = 8000)
	private String text;

	@NotNull
	private WordingBasis basis;

	@NotBlank
	private String source;

	static PointTextForm from(PointText text) {
		PointTextForm form = new PointTextForm();
		form.lockVersion = text.getLockVersion();
		form.language = text.getLanguage().code();
		form.title = text.getTitle();
		form.text = text.getText();
		form.basis = text.getBasis();
		form.source = text.getSource().getKey();
		return form;
	}

	static PointTextForm blank(String language) {
		PointTextForm form = new PointTextForm();
		form.language = language;
		return form;
	}

	public Long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(Long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public WordingBasis getBasis() {
		return basis;
	}

	public void setBasis(WordingBasis basis) {
		this.basis = basis;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
