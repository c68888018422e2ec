package org.parley.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** One entry of the controlled list of issues: NATO, territory, armed-forces cap... */
@Entity
@Audited
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String description;

	@Version
	private long lockVersion;

	protected Topic() {
	}

	public Topic(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
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

	public String getDescription() {
		return description;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void revise(String name, String description) {
		this.name = name;
		this.description = description;
	}

}
