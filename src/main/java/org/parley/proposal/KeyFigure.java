package org.parley.proposal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

/**
 * The number a point sets on a measure (600,000 personnel), or, when the point
 * deliberately sets none, the words that say so ("no limit").
 */
@Entity
@Audited
public class KeyFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Point point;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Measure measure;

	private BigDecimal value;

	private String qualifier;

	protected KeyFigure() {
	}

	KeyFigure(Point point, Measure measure, BigDecimal value, String qualifier) {
		this.point = point;
		this.measure = measure;
		this.value = value;
		this.qualifier = qualifier;
	}

	/** A value, or words saying why there is none. */
	public record Amount(BigDecimal value, String qualifier) {

		/** The rule for every figure, typed or imported: a value, or a qualifier saying why there is none. */
		public static boolean isStated(boolean hasValue, String qualifier) {
			return hasValue || (qualifier != null && !qualifier.isBlank());
		}

	}

	void revise(Amount amount) {
		this.value = amount.value();
		this.qualifier = amount.qualifier();
	}

	public Long getId() {
		return id;
	}

	public Point getPoint() {
		return point;
	}

	public Measure getMeasure() {
		return measure;
	}

	public BigDecimal getValue() {
		return value;
	}

	public String getQualifier() {
		return qualifier;
	}

}
