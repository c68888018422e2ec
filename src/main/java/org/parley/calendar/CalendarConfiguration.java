package org.parley.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock behind {@link Today}; a test can put a fixed one in its place. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
