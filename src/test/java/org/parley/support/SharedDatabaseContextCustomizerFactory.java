package org.parley.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at a database of its own on the one
 * {@link SharedTestDatabase shared server}, unless the test names a database itself
 * ({@code spring.datasource.url}). As with the embedded database Parley uses by default, the
 * sample data is loaded unless the test says otherwise. Registered in
 * {@code META-INF/spring.factories}.
 */
class SharedDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new SharedDatabase();
	}

	/** Equal for every test class, so it never splits the context cache. */
	private record SharedDatabase() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			Set<String> configured = Arrays.stream(merged.getPropertySourceProperties())
				.map(property -> property.split("[=:]", 2)[0].strip())
				.collect(Collectors.toSet());
			if (configured.contains("spring.datasource.url")) {
				return;
			}
			Map<String, Object> properties = new HashMap<>();
			properties.put("spring.datasource.url", SharedTestDatabase.newDatabase());
			properties.put("spring.datasource.username", SharedTestDatabase.USERNAME);
			properties.put("spring.datasource.password", "");
			if (!configured.contains("parley.sample-data.enabled")) {
				properties.put("parley.sample-data.enabled", "true");
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedTestDatabase", properties));
		}

	}

}
