package org.parley.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

/** "from" (the newer point) comes from, or answers, "to" (an earlier point). */
@Entity
@Audited
public class PointLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_point_id")
	private Point from;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_point_id")
	private Point to;

	@Enumerated(EnumType.STRING)
	private LinkKind kind;

	protected PointLink() {
	}

	PointLink(Point from, Point to, LinkKind kind) {
		this.from = from;
		this.to = to;
		this.kind = kind;
	}

	/** A carried-over point whose text an editor changed becomes a revision, and back. */
	public void reclassify(LinkKind kind) {
		from.getVersion().requireDraft();
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public Point getFrom() {
		return from;
	}

	public Point getTo() {
		return to;
	}

	public LinkKind getKind() {
		return kind;
	}

}
