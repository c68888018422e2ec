package org.parley.event;

import java.util.List;

import org.parley.position.PositionView;

/** An event and the positions stated there. */
public record EventPage(EventView event, List<PositionView> positions) {
}
