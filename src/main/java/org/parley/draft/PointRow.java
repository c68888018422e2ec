package org.parley.draft;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.parley.proposal.LinkKind;
import org.parley.proposal.PointLabel;

/**
 * One point in the draft form. {@code id} is set for points already in the draft and empty
 * for added rows; a new row left entirely blank is dropped rather than rejected. Its
 * constraints apply only to the rows kept ({@link DraftRules}), and so do its figures'.
 */
public class PointRow {

	private Long id;

	private Integer order;

	@NotBlank
	@PointLabel
	private String label;

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotBlank
	@Size(max = 8000)
	private String text;

	private List<String> topics = new ArrayList<>();

	/** Keys of the sources the point cites; a new row starts with the version's. */
	private List<String> sources = new ArrayList<>();

	private List<FigureRow> figures = new ArrayList<>();

	/** The point's links to other points, each with its kind. */
	private List<LinkRow> links = new ArrayList<>();

	/** Points just chosen with the point picker, to become links of kind {@link #linkKind}. */
	private List<String> linkTo = new ArrayList<>();

	/** The kind of the links chosen with the picker. */
	private LinkKind linkKind = LinkKind.ANSWERS;

	private boolean remove;

	/** In a partly known draft: the point is left out as not known, not recorded as removed. */
	private boolean notKnown;

	public PointRow() {
	}

	/** A blank row for a new point, placed after the others. */
	public static PointRow blank(int order) {
		PointRow row = new PointRow();
		row.order = order;
		row.figures.add(new FigureRow());
		return row;
	}

	/** A blank row for a new point citing, until the editor says otherwise, the version's sources. */
	public static PointRow blank(int order, List<String> versionSources) {
		PointRow row = blank(order);
		row.sources = new ArrayList<>(versionSources);
		return row;
	}

	boolean isBlankNew() {
		return id == null && isBlank(label) && isBlank(title) && isBlank(text);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getOrder() {
		return order;
	}

	public void setOrder(Integer order) {
		this.order = order;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
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

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public List<String> getSources() {
		return sources;
	}

	public void setSources(List<String> sources) {
		this.sources = sources;
	}

	public List<FigureRow> getFigures() {
		return figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}

	public List<LinkRow> getLinks() {
		return links;
	}

	public void setLinks(List<LinkRow> links) {
		this.links = links;
	}

	public List<String> getLinkTo() {
		return linkTo;
	}

	public void setLinkTo(List<String> linkTo) {
		this.linkTo = linkTo;
	}

	public LinkKind getLinkKind() {
		return linkKind;
	}

	public void setLinkKind(LinkKind linkKind) {
		this.linkKind = linkKind;
	}

	/**
	 * Turns the points chosen with the picker into links of the chosen kind (one a point: a
	 * point linked already keeps its link), so that each shows with its own kind to change.
	 */
	public void absorbLinks() {
		for (String to : linkTo) {
			if (to != null && !to.isBlank() && links.stream().noneMatch(l -> to.equals(l.getTo()))) {
				links.add(new LinkRow(to, linkKind == null ? LinkKind.ANSWERS : linkKind));
			}
		}
		linkTo = new ArrayList<>();
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

	public boolean isNotKnown() {
		return notKnown;
	}

	public void setNotKnown(boolean notKnown) {
		this.notKnown = notKnown;
	}

	/** Whether the row's point leaves the draft, removed or not known. */
	boolean isDropped() {
		return remove || notKnown;
	}

}
