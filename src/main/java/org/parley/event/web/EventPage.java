package org.parley.event.web;

import java.util.List;

import org.parley.event.EventView;
import org.parley.position.PositionView;

/** An event and the positions stated there: the position feature depends on events, so the page joins them. */
public record EventPage(EventView event, List<PositionView> positions) {
}
