package org.parley.compare.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.parley.proposal.VersionKey;
import org.parley.proposal.VersionKey.PointKey;
import org.parley.system.BadRequestException;

/**
 * Request parameters bind to version and point keys, read by {@link VersionKey}'s one parser
 * (a version may be {@code proposal@latest}, which each page resolves by ProposalQueries.resolve,
 * as of its asOf where it has one: the converter knows no date).
 * An empty field is no key; a malformed one is a bad request that says what a key looks like
 * (ErrorPages puts the parameter's name in front).
 */
@Configuration(proxyBeanMethods = false)
class KeyBinding implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, VersionKey.class, text -> {
			try {
				return text.isBlank() ? null : VersionKey.parseOrLatest(text);
			}
			catch (VersionKey.Malformed ex) {
				throw new BadRequestException(ex.getMessage());
			}
		});
		registry.addConverter(String.class, PointKey.class, text -> {
			try {
				return text.isBlank() ? null : PointKey.parse(text);
			}
			catch (VersionKey.Malformed ex) {
				throw new BadRequestException(ex.getMessage());
			}
		});
	}

}
