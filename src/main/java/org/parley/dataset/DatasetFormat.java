package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.core.StreamWriteFeature;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/** Reads and writes {@link Dataset} files (YAML). Strict: an unknown key is an error, not ignored. */
final class DatasetFormat {

	/**
	 * A whole database in one file can be far larger than SnakeYAML's default limit of
	 * 3 MB; the limit guards against hostile input, and an editor's own backup is not that.
	 */
	static final int MAX_FILE_CHARACTERS = 1 << 30;

	private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
			.loadSettings(LoadSettings.builder().setCodePointLimit(MAX_FILE_CHARACTERS).build())
			.stringQuotingChecker(new PlainOnlyWhenUnambiguous())
			.build())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.addModule(new SimpleModule("plain-dates").addSerializer(LocalDate.class, new PlainScalar<>())
			.addSerializer(Instant.class, new PlainScalar<>()))
		.build();

	private DatasetFormat() {
	}

	/**
	 * Dates and instants are written as the plain YAML timestamps they are ({@code 2025-11-20}),
	 * not as quoted text: as a number is, since the quoting rule below quotes digit-led text.
	 */
	static final class PlainScalar<T> extends ValueSerializer<T> {

		@Override
		public void serialize(T value, JsonGenerator generator, SerializationContext context) {
			generator.writeNumber(value.toString());
		}

	}

	/**
	 * Text is written unquoted only when it starts with a letter and is no YAML 1.1 keyword:
	 * {@code 2025-02-30}, {@code 1:30}, {@code .inf}, {@code =A1} or {@code yes} stay text in
	 * whatever reads the file (YAML 1.1 tools read them as dates, numbers, booleans).
	 */
	static final class PlainOnlyWhenUnambiguous extends StringQuotingChecker.Default {

		private static final Set<String> KEYWORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
				"null", "nan", "inf");

		@Override
		public boolean needToQuoteValue(String value) {
			return value.isEmpty() || !Character.isLetter(value.codePointAt(0))
					|| KEYWORDS.contains(value.toLowerCase(Locale.ROOT)) || super.needToQuoteValue(value);
		}

	}

	static Dataset read(String fileName, InputStream in) {
		try {
			return MAPPER.readValue(in, Dataset.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDatasetException(fileName, List.of(describe(ex)));
		}
	}

	static void write(Dataset dataset, OutputStream out) throws IOException {
		MAPPER.writeValue(out, dataset);
	}

	/** Writes a dataset file section by section, entry by entry, as the entries are read. */
	static Writer writer(OutputStream out) {
		return new Writer(MAPPER.createGenerator(out));
	}

	/** The same file as {@link #write} gives for the same data, without holding it all. */
	static final class Writer implements AutoCloseable {

		private final JsonGenerator generator;

		private Writer(JsonGenerator generator) {
			this.generator = generator;
			generator.writeStartObject();
			generator.writeStringProperty("format", Dataset.FORMAT);
			generator.writeNumberProperty("formatVersion", Dataset.FORMAT_VERSION);
		}

		/** A list of entries under {@code name}; an empty one is left out, as {@link Dataset} leaves it out. */
		void section(String name, Stream<?> entries) {
			try (entries) {
				Iterator<?> each = entries.iterator();
				if (!each.hasNext()) {
					return;
				}
				generator.writeName(name);
				generator.writeStartArray();
				while (each.hasNext()) {
					generator.writePOJO(each.next());
				}
				generator.writeEndArray();
			}
		}

		@Override
		public void close() {
			generator.writeEndObject();
			generator.close();
		}

	}

	/** "line 12, column 5, at proposals[0].versions[0].number: ..." without Jackson's internals. */
	private static String describe(JacksonException ex) {
		StringBuilder message = new StringBuilder();
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			message.append("line ").append(ex.getLocation().getLineNr()).append(", column ")
				.append(ex.getLocation().getColumnNr()).append(": ");
		}
		String path = ex.getPath().stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce("", String::concat);
		if (!path.isEmpty()) {
			message.append("at ").append(path.startsWith(".") ? path.substring(1) : path).append(": ");
		}
		// keep what the writer of the file needs, drop Jackson's class names
		message.append(ex.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "").replace(", not marked as ignorable", ""));
		return message.toString();
	}

}
