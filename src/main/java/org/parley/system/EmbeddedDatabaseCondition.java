package org.parley.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Embedded PostgreSQL starts only when nobody pointed Parley at a database of their own. */
public class EmbeddedDatabaseCondition extends SpringBootCondition {

	static final String URL_PROPERTY = "spring.datasource.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEmbedded(context.getEnvironment())
				? ConditionOutcome.match(URL_PROPERTY + " is not set: using embedded PostgreSQL")
				: ConditionOutcome.noMatch(URL_PROPERTY + " is set: using the external database");
	}

	/** Whether Parley runs on its own embedded PostgreSQL rather than a configured one. */
	public static boolean isEmbedded(Environment environment) {
		String url = environment.getProperty(URL_PROPERTY);
		return url == null || url.isBlank();
	}

}
