package org.parley.event;

import java.util.Collection;

/**
 * The one rule that an event cites at least one source: the event form applies it on every
 * save, the dataset importer to every event of a file, so that what the form accepts is what
 * an export holds and an import loads.
 */
public final class SourcedEvents {

	private SourcedEvents() {
	}

	/** Whether an event citing these sources may be saved. */
	public static boolean isSourced(Collection<?> sources) {
		return sources != null && sources.stream().anyMatch(s -> s != null && !s.toString().isBlank());
	}

}
