package org.parley.system;

import java.util.List;

/**
 * What still refers to a record an editor wants to delete: per kind of referrer, how many and
 * the first few, with links. A record that something refers to is not deleted.
 *
 * @param name what would be deleted, as the page names it
 * @param page its page, to go back to
 * @param uses the kinds of referrers that have at least one
 */
public record References(String name, String page, List<Use> uses) {

	/** How many referrers of one kind (a message key taking the count), and the first few. */
	public record Use(String kind, long count, List<Example> examples) {

		public boolean more() {
			return count > examples.size();
		}

	}

	public record Example(String name, String path) {
	}

	public References {
		uses = uses.stream().filter(use -> use.count() > 0).toList();
	}

	public boolean none() {
		return uses.isEmpty();
	}

}
