package org.parley.system;

import java.util.List;
import java.util.Objects;

import org.springframework.util.StringUtils;

/**
 * Someone saved the same thing since the editor opened the form. Carries the editor's own
 * input beside the current state, so the conflict page can show both and nothing typed is lost.
 */
public class EditConflictException extends RuntimeException {

	/** One field: its label (a message key with an optional argument), the editor's input, the stored value. */
	public record Field(String label, String labelArg, String yours, String current) {

		public boolean differs() {
			return !java.util.Objects.equals(StringUtils.trimWhitespace(Objects.toString(yours, "")),
					StringUtils.trimWhitespace(Objects.toString(current, "")));
		}

	}

	private final String what;

	private final String editPath;

	private final transient List<Field> fields;

	public EditConflictException(String what, String editPath, List<Field> fields) {
		super("Edit conflict on " + what);
		this.what = what;
		this.editPath = editPath;
		this.fields = List.copyOf(fields);
	}

	public String getWhat() {
		return what;
	}

	public String getEditPath() {
		return editPath;
	}

	public List<Field> getFields() {
		return fields;
	}

}
