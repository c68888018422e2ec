package org.parley.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line to look for: by the time it is logged the data loaded at start is in place and
 * the web server answers on the port it names.
 */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	@EventListener
	void announce(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Parley is ready at http://localhost:{}", web.getWebServer().getPort());
		}
	}

}
