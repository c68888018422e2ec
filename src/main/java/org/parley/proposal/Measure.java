package org.parley.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A named quantity that plans set, with its unit: the armed-forces cap in personnel. */
@Entity
@Audited
public class Measure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String unit;

	@Version
	private long lockVersion;

	protected Measure() {
	}

	public Measure(String slug, String name, String unit) {
		this.slug = slug;
		this.name = name;
		this.unit = unit;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getUnit() {
		return unit;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void revise(String name, String unit) {
		this.name = name;
		this.unit = unit;
	}

}
