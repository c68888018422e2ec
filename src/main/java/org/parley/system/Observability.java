package org.parley.system;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parley records no observations: it exports no metrics and no traces (the actuator shows
 * health and info only), so nothing would read them, yet timing every request and each of
 * Spring Security's filters cost a quarter of the CPU of serving a stored page. With a no-op
 * registry Spring Security leaves its filter chain undecorated. Whoever adds an exporter
 * removes this bean, and Spring Boot's registry takes its place.
 */
@Configuration(proxyBeanMethods = false)
class Observability {

	@Bean
	ObservationRegistry observationRegistry() {
		return ObservationRegistry.NOOP;
	}

}
