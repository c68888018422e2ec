package org.parley.support;

import java.time.temporal.TemporalAccessor;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The fields a browser submits for a form object, named as Spring's data binder reads them
 * ({@code title}, {@code sources}, {@code points[0].text}), with the object's values.
 */
public final class FormFields {

	private FormFields() {
	}

	public static List<Map.Entry<String, String>> of(Object form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		add(fields, "", form);
		return fields;
	}

	/** The same fields with one value replaced (or added). */
	public static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name,
			String value) {
		List<Map.Entry<String, String>> changed = new ArrayList<>();
		boolean replaced = false;
		for (Map.Entry<String, String> field : fields) {
			if (field.getKey().equals(name)) {
				if (!replaced) {
					changed.add(new SimpleEntry<>(name, value));
					replaced = true;
				}
			}
			else {
				changed.add(field);
			}
		}
		if (!replaced) {
			changed.add(new SimpleEntry<>(name, value));
		}
		return changed;
	}

	private static void add(List<Map.Entry<String, String>> fields, String prefix, Object bean) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
		for (var property : wrapper.getPropertyDescriptors()) {
			String name = property.getName();
			if (!wrapper.isWritableProperty(name) && !List.class.isAssignableFrom(property.getPropertyType())) {
				continue;
			}
			if (!wrapper.isReadableProperty(name)) {
				continue;
			}
			Object value = wrapper.getPropertyValue(name);
			if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					Object element = list.get(i);
					if (isSimple(element)) {
						fields.add(new SimpleEntry<>(prefix + name, text(element)));
					}
					else {
						add(fields, prefix + name + "[" + i + "].", element);
					}
				}
			}
			else if (value == null || isSimple(value)) {
				fields.add(new SimpleEntry<>(prefix + name, text(value)));
			}
			else {
				add(fields, prefix + name + ".", value);
			}
		}
	}

	private static boolean isSimple(Object value) {
		return value == null || BeanUtils.isSimpleValueType(value.getClass()) || value instanceof TemporalAccessor;
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
	}

}
