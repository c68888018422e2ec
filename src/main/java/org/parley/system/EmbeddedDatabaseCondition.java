package org.parley.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Embedded PostgreSQL starts only when nobody pointed Parley at a database of their own. */
class EmbeddedDatabaseCondition extends SpringBootCondition {

	static final String URL_PROPERTY = "spring.datasource.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty(URL_PROPERTY);
		if (url == null || url.isBlank()) {
			return ConditionOutcome.match(URL_PROPERTY + " is not set: using embedded PostgreSQL");
		}
		return ConditionOutcome.noMatch(URL_PROPERTY + " is set: using the external database");
	}

	static boolean isEmbedded(org.springframework.core.env.Environment environment) {
		String url = environment.getProperty(URL_PROPERTY);
		return url == null || url.isBlank();
	}

}
