package org.parley.feed;

import java.util.List;

/**
 * A feed's subject ({@code titleKey} with {@code titleArgument}, the page {@code path} it
 * follows) and its latest entries, newest first.
 */
public record Feed(String titleKey, String titleArgument, String path, List<FeedEntry> entries) {
}
