package org.parley.pick.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import org.parley.pick.PickItem;
import org.parley.pick.PickKind;
import org.parley.pick.Picks;

/**
 * The pickers of an editing form, on the server: what each shows, and the buttons that work
 * without JavaScript ({@code pick-action=filter:F}, {@code add:F}, {@code remove:F:value}), which
 * change the bound form and show it again instead of saving it. The form binds as it always did:
 * a chosen value travels as a hidden input named after its field.
 */
@Component
public class Pickers {

	/** The request parameter of the no-JavaScript buttons. */
	static final String ACTION = "pick-action";

	static final String QUERY = "pick-q:";

	static final String ADD = "pick-add:";

	/** One picker of a form: the field it fills, what it picks, and whether it holds a list. */
	public record Field(String name, PickKind kind, boolean multiple) {

		public static Field one(String name, PickKind kind) {
			return new Field(name, kind, false);
		}

		public static Field many(String name, PickKind kind) {
			return new Field(name, kind, true);
		}

	}

	private final Picks picks;

	Pickers(Picks picks) {
		this.picks = picks;
	}

	/** Whether the request is one of the pickers' buttons rather than the form's own submit. */
	public static boolean isPickerAction(HttpServletRequest request) {
		return request.getParameter(ACTION) != null;
	}

	/** Applies the pickers' button to the bound form: adds the selected match, or removes a chip. */
	public void apply(HttpServletRequest request, Object form) {
		String action = request.getParameter(ACTION);
		if (action == null) {
			return;
		}
		String[] parts = action.split(":", 3);
		if (parts.length < 2) {
			return;
		}
		String field = parts[1];
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		if (!bean.isReadableProperty(field) || !bean.isWritableProperty(field)) {
			return; // a tampered button: nothing to change
		}
		if (parts[0].equals("add")) {
			String value = request.getParameter(ADD + field);
			if (value != null && !value.isBlank()) {
				add(bean, field, value);
			}
		}
		else if (parts[0].equals("remove") && parts.length == 3) {
			remove(bean, field, parts[2]);
		}
	}

	/** Puts {@code value} into the field: appended to a list, or in place of a single value. */
	public static void add(Object form, String field, String value) {
		add(PropertyAccessorFactory.forBeanPropertyAccess(form), field, value);
	}

	private static void add(BeanWrapper bean, String field, String value) {
		Object current = bean.getPropertyValue(field);
		if (current instanceof Collection<?> values) {
			if (!values.contains(value)) {
				List<Object> grown = new ArrayList<>(values);
				grown.add(value);
				bean.setPropertyValue(field, grown);
			}
		}
		else {
			bean.setPropertyValue(field, value);
		}
	}

	private static void remove(BeanWrapper bean, String field, String value) {
		Object current = bean.getPropertyValue(field);
		if (current instanceof Collection<?> values) {
			List<Object> kept = new ArrayList<>(values);
			kept.remove(value);
			bean.setPropertyValue(field, kept);
		}
		else if (value.equals(current)) {
			bean.setPropertyValue(field, null);
		}
	}

	/**
	 * What each picker of the form shows, by field name (model attribute {@code pickers}): the
	 * labels of the chosen values and the first matches, one statement a kind however many fields
	 * (a draft's point rows), and one for a field whose filter was typed.
	 */
	public Map<String, Picker> pickers(HttpServletRequest request, Object form, Field... fields) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		Map<PickKind, List<String>> byKind = new LinkedHashMap<>();
		Map<PickKind, Integer> mostChosen = new LinkedHashMap<>();
		for (Field field : fields) {
			List<String> values = values(bean.getPropertyValue(field.name()));
			chosen.put(field.name(), values);
			byKind.computeIfAbsent(field.kind(), k -> new ArrayList<>()).addAll(values);
			mostChosen.merge(field.kind(), values.size(), Math::max);
		}
		Map<PickKind, Map<String, String>> labels = new LinkedHashMap<>();
		byKind.forEach((kind, values) -> {
			Map<String, String> byValue = new LinkedHashMap<>();
			picks.labelled(kind, values).forEach(item -> byValue.put(item.value(), item.label()));
			labels.put(kind, byValue);
		});
		// the first matches of an empty filter, read once a kind; each field leaves out its own chips
		Map<PickKind, List<PickItem>> firstMatches = new LinkedHashMap<>();
		Map<String, Picker> pickers = new LinkedHashMap<>();
		for (Field field : fields) {
			List<String> values = chosen.get(field.name());
			List<PickItem> items = values.stream()
				.map(v -> new PickItem(v, labels.get(field.kind()).getOrDefault(v, v)))
				.toList();
			String query = request == null ? null : request.getParameter(QUERY + field.name());
			List<PickItem> options = (query == null || query.isBlank()) && !field.kind().browsable() ? List.of()
					: query == null || query.isBlank() ? firstMatches
						.computeIfAbsent(field.kind(),
								kind -> picks.search(kind, null, List.of(), Picker.OPTIONS + mostChosen.get(kind)))
						.stream()
						.filter(item -> !values.contains(item.value()))
						.limit(Picker.OPTIONS)
						.toList()
					: picks.search(field.kind(), query, values, Picker.OPTIONS);
			pickers.put(field.name(), new Picker(field.name(), Picker.idOf(field.name()), field.kind(),
					field.multiple(), items, query, options));
		}
		return pickers;
	}

	private static List<String> values(Object property) {
		if (property instanceof Collection<?> values) {
			return values.stream().filter(v -> v != null && !v.toString().isBlank()).map(Object::toString).toList();
		}
		return property == null || property.toString().isBlank() ? List.of() : List.of(property.toString());
	}

	/**
	 * The errors to show when the form is shown again after a picker's button rather than saved:
	 * only input that could not be read (a malformed date), so that what was typed comes back
	 * marked, but no "required" error for fields the editor has not reached yet.
	 */
	public static BindingResult onlyUnreadableInput(BindingResult result) {
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		for (FieldError error : result.getFieldErrors()) {
			if (error.isBindingFailure()) {
				kept.addError(error);
			}
		}
		return kept;
	}

}
