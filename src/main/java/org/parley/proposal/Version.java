package org.parley.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import org.parley.source.DatePrecision;
import org.parley.source.Source;

/**
 * One dated text of a proposal, numbered 1, 2, 3... within it. It may be based on a
 * version of another proposal (the E3 text is written on top of the US draft).
 */
@Entity
@Audited
@Table(name = "proposal_version")
public class Version {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Proposal proposal;

	private int number;

	private String title;

	private LocalDate issuedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	@Enumerated(EnumType.STRING)
	private Provenance provenance;

	@Enumerated(EnumType.STRING)
	private Completeness completeness;

	@Enumerated(EnumType.STRING)
	private VersionStatus status = VersionStatus.DRAFT;

	private Instant publishedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	private Version basedOn;

	private String note;

	@ManyToMany
	@JoinTable(name = "version_source", joinColumns = @JoinColumn(name = "version_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<Point> points = new ArrayList<>();

	/**
	 * Points of the base this version strikes out. Only a version known in part needs them: its
	 * silence about a base point says nothing, so a removal it makes has to be recorded.
	 */
	@ManyToMany
	@JoinTable(name = "version_removed_point", joinColumns = @JoinColumn(name = "version_id"),
			inverseJoinColumns = @JoinColumn(name = "point_id"))
	private Set<Point> removedFromBase = new LinkedHashSet<>();

	@jakarta.persistence.Version
	private long lockVersion;

	protected Version() {
	}

	public Version(Proposal proposal, int number, String title, LocalDate issuedOn, DatePrecision datePrecision,
			Provenance provenance, Completeness completeness, String note) {
		this.proposal = proposal;
		this.number = number;
		this.title = title;
		this.issuedOn = issuedOn;
		this.datePrecision = datePrecision;
		this.provenance = provenance;
		this.completeness = completeness;
		this.note = note;
	}

	public Point addPoint(String label, String title, String text) {
		requireDraft();
		Point point = new Point(this, label, points.size(), title, text);
		points.add(point);
		return point;
	}

	public void publish(Instant at) {
		if (status == VersionStatus.PUBLISHED) {
			throw new IllegalStateException("Version " + key() + " is already published");
		}
		this.status = VersionStatus.PUBLISHED;
		this.publishedAt = at;
	}

	/** Sets what an editor can change on a draft; published versions never change. */
	public void revise(String title, LocalDate issuedOn, DatePrecision datePrecision, Provenance provenance,
			Completeness completeness, String note) {
		requireDraft();
		this.title = title;
		this.issuedOn = issuedOn;
		this.datePrecision = datePrecision;
		this.provenance = provenance;
		this.completeness = completeness;
		this.note = note;
	}

	public void removePoint(Point point) {
		requireDraft();
		points.remove(point);
	}

	/**
	 * Takes a point out of this draft as struck out of the document. A version known only in
	 * part records the removal of the base points it carried, for there leaving them out would
	 * only make them "not known".
	 */
	public void strikeOut(Point point) {
		if (completeness == Completeness.PARTIAL && basedOn != null) {
			point.getLinks()
				.stream()
				.map(PointLink::getTo)
				.filter(to -> to.getVersion().getId().equals(basedOn.getId()))
				.forEach(this::recordRemoval);
		}
		removePoint(point);
	}

	/** Refuses any change to a published version (the database refuses it too). */
	public void requireDraft() {
		if (isPublished()) {
			throw new PublishedVersionException(key());
		}
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public boolean isPublished() {
		return status == VersionStatus.PUBLISHED;
	}

	/** The citable key of this version: {@code us-28-point-plan@1}. */
	public String key() {
		return new VersionKey(proposal.getSlug(), number).toString();
	}

	public void setBasedOn(Version basedOn) {
		if (!Objects.equals(idOf(this.basedOn), idOf(basedOn))) {
			// removals are of points of the base: another base makes them meaningless
			removedFromBase.clear();
		}
		this.basedOn = basedOn;
	}

	private static Long idOf(Version version) {
		return version == null ? null : version.getId();
	}

	/** Records that this version strikes out {@code point}, a point of the version it is based on. */
	public void recordRemoval(Point point) {
		requireDraft();
		if (basedOn == null || !basedOn.getId().equals(point.getVersion().getId())) {
			throw new IllegalArgumentException(point.key() + " is not a point of the base of " + key());
		}
		removedFromBase.add(point);
	}

	public Set<Point> getRemovedFromBase() {
		return Collections.unmodifiableSet(removedFromBase);
	}

	public Long getId() {
		return id;
	}

	public Proposal getProposal() {
		return proposal;
	}

	public int getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public Provenance getProvenance() {
		return provenance;
	}

	public Completeness getCompleteness() {
		return completeness;
	}

	public VersionStatus getStatus() {
		return status;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Version getBasedOn() {
		return basedOn;
	}

	public String getNote() {
		return note;
	}

	public Set<Source> getSources() {
		return sources;
	}

	public List<Point> getPoints() {
		return points;
	}

}
