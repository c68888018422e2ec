package org.parley.pick;

/** One thing a picker offers or holds: the value the form submits and what the editor reads. */
public record PickItem(String value, String label) {
}
