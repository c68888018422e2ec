package org.parley.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.parley.party.PartyKind;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Provenance;
import org.parley.proposal.VersionStatus;
import org.parley.source.DatePrecision;
import org.parley.source.Reliability;

import static org.assertj.core.api.Assertions.assertThat;

/** No page may show a raw "??key_en??": every key a template names, and every enum label, exists. */
class MessagesTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)(\\(|})");

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + template.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToReadersHasALabel() throws IOException {
		Properties messages = messages();
		for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Stance.class, Reliability.class,
				DatePrecision.class, Provenance.class, Completeness.class, VersionStatus.class, LinkKind.class,
				PartyKind.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				assertThat(messages).containsKey(type.getSimpleName() + "." + constant.name());
			}
		}
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages/messages.properties"))) {
			messages.load(in);
		}
		return messages;
	}

}
