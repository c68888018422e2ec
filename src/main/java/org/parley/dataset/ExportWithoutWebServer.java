package org.parley.dataset;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * {@code --export=FILE} writes a file and exits: that run opens no port and serves nothing.
 * Decided here because the kind of application is fixed before any bean exists.
 */
class ExportWithoutWebServer implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PropertySource<?> commandLine = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		if (commandLine != null && commandLine.containsProperty("export")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("parley-export",
						Map.of("spring.main.web-application-type", "none")));
		}
	}

}
