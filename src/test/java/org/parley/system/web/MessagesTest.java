package org.parley.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.parley.party.PartyKind;
import org.parley.position.Stance;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Provenance;
import org.parley.proposal.TextBasis;
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

	/** What an error page says: the message key an exception carries, or ErrorPages asks for. */
	private static final Pattern JAVA_KEY = Pattern.compile(
			"(?:new \\w+(?:NotFound|Exception|Request|Comparison)\\(|getMessage\\()\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");

	@Test
	void everyMessageKeyOfAnErrorPageExists() throws IOException {
		Properties messages = messages();
		Set<String> used = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(used).contains("error.proposal.notFound", "error.draft.publishEmpty", "error.parameter.missing");
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToReadersHasALabel() throws IOException {
		Properties messages = messages();
		for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Stance.class, Reliability.class,
				DatePrecision.class, Provenance.class, Completeness.class, VersionStatus.class, LinkKind.class,
				PartyKind.class, TextBasis.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				assertThat(messages).containsKey(type.getSimpleName() + "." + constant.name());
			}
		}
	}

	/**
	 * A message with arguments goes through MessageFormat, where a lone apostrophe starts a
	 * quoted run: "party's stance on {0}" prints as "partys stance on {0}". One without
	 * arguments is printed as written, where a doubled apostrophe stays doubled. Renders every
	 * message as the pages do and checks that no placeholder is left and no apostrophe is lost
	 * or doubled.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "_uk", "_ru" })
	void everyMessageRendersWithItsArgumentsWithoutLeftoverPlaceholdersOrLostApostrophes(String language)
			throws IOException {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
		Properties messages = messages(language);
		List<String> wrong = new ArrayList<>();
		for (String key : new TreeSet<>(messages.stringPropertyNames())) {
			String raw = messages.getProperty(key);
			int arguments = argumentCount(raw);
			Object[] args = arguments == 0 ? null : Collections.nCopies(arguments, 3).toArray();
			String rendered = source.getMessage(key, args, locale);
			String meant = arguments == 0 ? raw : raw.replace("''", "'");
			Matcher elided = ELIDED.matcher(meant);
			while (elided.find()) {
				if (!rendered.contains(elided.group())) {
					wrong.add(key + ": lost the apostrophe of " + elided.group() + " -> " + rendered);
				}
			}
			if (PLACEHOLDER.matcher(rendered).find()) {
				wrong.add(key + ": placeholder left -> " + rendered);
			}
			if (rendered.contains("''")) {
				wrong.add(key + ": doubled apostrophe -> " + rendered);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	/** A word with an apostrophe in it, as "party's" or "don't". */
	private static final Pattern ELIDED = Pattern.compile("\\p{L}+'\\p{L}+");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private static int argumentCount(String raw) {
		Matcher matcher = ARGUMENT.matcher(raw);
		int count = 0;
		while (matcher.find()) {
			count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
		}
		return count;
	}

	/** The interface languages besides English: each file translates every key, and only those. */
	static final List<String> TRANSLATIONS = List.of("_uk", "_ru");

	/**
	 * Every key of messages.properties exists in every translation (a missing one would show the
	 * English text in the middle of a Ukrainian page), none is left over from a renamed key, and
	 * each translation uses the same arguments, so no value the page passes is lost or invented.
	 */
	@Test
	void everyTranslationHasEveryKeyNoOtherAndTheSameArguments() throws IOException {
		Properties english = messages();
		for (String language : TRANSLATIONS) {
			Properties translated = messages(language);
			assertThat(translated.stringPropertyNames()).as("keys of messages%s.properties", language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			List<String> wrong = new ArrayList<>();
			for (String key : english.stringPropertyNames()) {
				Set<String> expected = arguments(english.getProperty(key));
				Set<String> actual = arguments(translated.getProperty(key, ""));
				if (!expected.equals(actual)) {
					wrong.add(key + ": " + expected + " in English, " + actual + " in messages" + language);
				}
			}
			assertThat(wrong).isEmpty();
		}
	}

	/** The arguments a message uses, each with its format: "{0}", "{1,number,#}", a choice as "{0,choice". */
	private static Set<String> arguments(String raw) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT_WITH_FORMAT.matcher(raw);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static final Pattern ARGUMENT_WITH_FORMAT = Pattern.compile("\\{\\d+(,number,#|,choice|,number)?");

	private static Properties messages() throws IOException {
		return messages("");
	}

	private static Properties messages(String language) throws IOException {
		Properties messages = new Properties();
		Path file = Path.of("src/main/resources/messages/messages" + language + ".properties");
		try (var in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return messages;
	}

}
