package org.parley.pick;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a picker chooses from, with the SQL that finds it: the submitted value (a slug or
 * key), the label an editor reads, the text a search matches (words anywhere in it, accents
 * and case ignored) and the order of the matches. Native SQL on purpose: the picker needs
 * nothing of the features' entities, so every form of every feature may use it.
 */
public enum PickKind {

	SOURCES("sources", "s.key", "s.publisher || ': ' || s.title || ' (' || to_char(s.published_on, 'YYYY-MM-DD') || ')'",
			"s.title || ' ' || s.publisher || ' ' || s.key", "source s", "s.published_on desc, s.key", true),
	TOPICS("topics", "t.slug", "t.name", "t.name || ' ' || t.slug", "topic t", "t.name", true),
	PARTIES("parties", "p.slug", "p.name", "p.name || ' ' || p.slug", "party p", "p.name", true),
	PEOPLE("people", "h.slug", "h.name || ' (' || p.name || ')'",
			"h.name || ' ' || h.slug || ' ' || coalesce(h.role, '') || ' ' || p.name",
			"person h join party p on p.id = h.party_id", "h.name", true),
	EVENTS("events", "e.slug", "to_char(e.starts_on, 'YYYY-MM-DD') || ' · ' || e.title",
			"e.title || ' ' || e.slug || ' ' || coalesce(e.place, '')", "event e", "e.starts_on desc, e.slug", true),
	/**
	 * Published points, the ones a draft's point may be linked to ({@code e3-counter-proposal@1#7}):
	 * found by the proposal's name and short name, the version's number, the label and words of
	 * the title and text ("e3 7 security"). A draft's points may still change or be discarded.
	 */
	POINTS("points", "pr.slug || '@' || v.number || '#' || pt.label",
			"pr.slug || '@' || v.number || '#' || pt.label || ' · ' || pt.title",
			"pr.slug || ' ' || pr.name || ' @' || v.number || ' #' || pt.label || ' ' || pt.title || ' ' || pt.text",
			"point pt join proposal_version v on v.id = pt.version_id and v.status = 'PUBLISHED' "
					+ "join proposal pr on pr.id = v.proposal_id",
			"pr.slug, v.number, pt.ordinal", false);

	private final String path;

	final String value;

	final String label;

	final String text;

	final String from;

	final String order;

	/**
	 * Whether the picker offers its first items before anything is typed: a short list to browse
	 * (sources newest first, topics, parties); not points, where the first thirty of hundreds,
	 * on every row of a draft, would only weigh the page. Without JavaScript they come with "Show matches".
	 */
	private final boolean browsable;

	PickKind(String path, String value, String label, String text, String from, String order, boolean browsable) {
		this.browsable = browsable;
		this.path = path;
		this.value = value;
		this.label = label;
		this.text = text;
		this.from = from;
		this.order = order;
	}

	/** The kind's part of the search address: {@code /pick/sources}. */
	public String path() {
		return path;
	}

	public boolean browsable() {
		return browsable;
	}

	public static Optional<PickKind> ofPath(String path) {
		return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
	}

}
