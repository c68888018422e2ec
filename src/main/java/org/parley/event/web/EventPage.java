package org.parley.event.web;

import org.springframework.data.domain.Page;

import org.parley.event.EventView;
import org.parley.position.PositionView;

/** An event and a page of the positions stated there: the position feature depends on events, so the page joins them. */
public record EventPage(EventView event, Page<PositionView> positions) {
}
