package org.parley.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded server: only the superuser with the password Parley keeps
 * in {@value #PASSWORD_FILE} (mode 0600) in the data directory, over scram-sha-256, from this
 * machine. zonky's initdb, and every Parley before this one, trusted any local connection.
 */
final class ServerAccess {

	static final String PASSWORD_FILE = "parley-password";

	static final String HBA = """
			# Written by Parley: every connection needs the password in parley-password.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(ServerAccess.class);

	private final Path passwordFile;

	private final Path hbaFile;

	private String password;

	ServerAccess(Path dataDirectory) throws IOException {
		this.passwordFile = dataDirectory.resolve(PASSWORD_FILE);
		this.hbaFile = dataDirectory.resolve("pg_hba.conf");
		this.password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : null;
	}

	/** Whether initdb has made a cluster in the data directory. */
	boolean isInitialised() {
		return Files.exists(passwordFile.resolveSibling("PG_VERSION"));
	}

	/**
	 * A new password in a file of its own outside the data directory (mode 0600), for initdb's
	 * {@code --pwfile}; the caller deletes it once the server runs.
	 */
	Path initialPasswordFile() throws IOException {
		password = randomPassword();
		Path file = Files.createTempFile("parley-initdb", ".pw",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		return file;
	}

	/** Whether the cluster already demands the password (it may not have been initialised yet). */
	boolean isSecured() throws IOException {
		return password != null && Files.exists(hbaFile) && Files.readString(hbaFile).equals(HBA);
	}

	String password() {
		return password;
	}

	/**
	 * Sets the password over a connection the old rules still allow, writes it to the file,
	 * then replaces pg_hba.conf and reloads. In that order, a crash at any step leaves a
	 * cluster the next start can still enter and finish securing.
	 */
	void secure(DataSource trusted) throws IOException {
		if (password == null) {
			password = randomPassword();
		}
		try (Connection connection = trusted.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
			writeOwnerOnly(passwordFile, password + "\n");
			writeOwnerOnly(hbaFile, HBA);
			statement.execute("select pg_reload_conf()");
			// connections made under the old rules end here
			statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
					+ " where pid <> pg_backend_pid() and backend_type = 'client backend'");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the password of the embedded PostgreSQL", ex);
		}
		log.info("The embedded PostgreSQL now requires the password kept in {}", passwordFile);
	}

	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, content, StandardCharsets.UTF_8);
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** URL-safe Base64 of 24 random bytes: nothing to escape in SQL or in the file. */
	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
