package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.system.EmbeddedDatabaseCondition;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What happens to data at start-up:
 * <ul>
 * <li>{@code --import=FILE} loads a dataset file into the (empty) database;</li>
 * <li>otherwise the sample dataset is loaded into an empty database when
 * {@code parley.sample-data.enabled} is true, which is the default with the embedded
 * database and not with an external one;</li>
 * <li>{@code --export=FILE} then writes the whole database to FILE and exits; with
 * {@code --export-accounts} the accounts and their password hashes are in it too.</li>
 * </ul>
 * Loading happens once every bean exists and before the web server opens its port or any
 * runner (the admin account's among them) runs: no page is served without its data, and a
 * failed import leaves nothing behind. The export runs before any other runner and then
 * exits; {@link ExportWithoutWebServer} keeps that run from opening a port at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatasetStartup implements SmartInitializingSingleton, ApplicationRunner {

	static final String SAMPLE = "dataset/sample-dataset.yaml";

	private static final Logger log = LoggerFactory.getLogger(DatasetStartup.class);

	private final DatasetImporter importer;

	private final DatasetExporter exporter;

	private final DatabaseContents contents;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final ApplicationArguments arguments;

	DatasetStartup(DatasetImporter importer, DatasetExporter exporter, DatabaseContents contents,
			Environment environment, ConfigurableApplicationContext context, ApplicationArguments arguments) {
		this.importer = importer;
		this.exporter = exporter;
		this.contents = contents;
		this.environment = environment;
		this.context = context;
		this.arguments = arguments;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			load(arguments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the dataset: " + ex.getMessage(), ex);
		}
	}

	private void load(ApplicationArguments args) throws IOException {
		List<String> imports = args.getOptionValues("import");
		if (imports != null && !imports.isEmpty()) {
			Path file = Path.of(imports.get(0));
			try (InputStream in = Files.newInputStream(file)) {
				log.info("Imported {}: {}", file, importer.importFrom(file.toString(), in));
			}
		}
		else if (sampleDataEnabled() && contents.isEmpty()) {
			try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
				log.info("Loaded the sample dataset: {}", importer.importFrom(SAMPLE, in));
			}
		}
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> exports = args.getOptionValues("export");
		if (exports != null && !exports.isEmpty()) {
			Path file = Path.of(exports.get(0));
			try (OutputStream out = Files.newOutputStream(file)) {
				exporter.exportTo(out, args.containsOption("export-accounts"));
			}
			log.info("Exported the database to {}", file.toAbsolutePath());
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	private boolean sampleDataEnabled() {
		return environment.getProperty("parley.sample-data.enabled", Boolean.class,
				EmbeddedDatabaseCondition.isEmbedded(environment));
	}

}
