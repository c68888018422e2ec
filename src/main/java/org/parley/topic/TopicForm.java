package org.parley.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.parley.system.ReferenceForm;

/** A topic as an editor adds or corrects it. */
public class TopicForm extends ReferenceForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 1000)
	private String description;

	static TopicForm from(Topic entity) {
		TopicForm form = new TopicForm();
		form.setLockVersion(entity.getLockVersion());
		form.setSlug(entity.getSlug());
		form.name = entity.getName();
		form.description = entity.getDescription();
		return form;
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
