package org.parley.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A topic as an editor adds or corrects it. */
public class TopicForm {

	private long lockVersion;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
	private String slug;

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 1000)
	private String description;

	static TopicForm from(Topic entity) {
		TopicForm form = new TopicForm();
		form.lockVersion = entity.getLockVersion();
		form.slug = entity.getSlug();
		form.name = entity.getName();
		form.description = entity.getDescription();
		return form;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
