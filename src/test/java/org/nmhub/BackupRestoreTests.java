package org.nmhub;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore drill on the test database (NM Hub's schema and the demo data):
 * {@code ops/check-restore.sh} backs it up with pg_dump, restores the archive into a
 * fresh database with {@code ops/restore.sh} and compares the row count of every table.
 * Needs PostgreSQL programs: {@code NMHUB_PG_BIN}, else the newest
 * {@code /usr/lib/postgresql/N/bin}, else the PATH. pg_dump refuses to dump a newer
 * server, so when those programs are older than the embedded server (Debian 12 ships
 * PostgreSQL 15, the embedded server is 18) the drill runs on a scratch cluster of their
 * own version: initdb'd, migrated by Flyway with NM Hub's migrations, and filled with a
 * copy of every table of the test database (foreign keys paused with
 * {@code session_replication_role}). It never skips: without PostgreSQL programs it
 * fails, naming the package to install ({@code .ci/run} installs it).
 */
@SpringBootTest
class BackupRestoreTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBackupRestoresIntoAFreshDatabaseWithEveryRow() throws Exception {
		int server = jdbc.sql("select current_setting('server_version_num')::int / 10000")
			.query(Integer.class)
			.single();
		Optional<Path> bin = clientPrograms();
		int client = bin.map(BackupRestoreTests::majorVersion).orElse(0);
		assertThat(bin)
			.as("PostgreSQL programs (pg_dump, pg_restore, psql): apt-get install -y postgresql-15, "
					+ "or set NMHUB_PG_BIN")
			.isPresent();
		if (client >= server) {
			URI url = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
			drill(bin.get(), url.getHost(), url.getPort(), url.getPath().substring(1),
					dataSource.getUsername() == null ? "postgres" : dataSource.getUsername(), dataSource.getPassword());
			return;
		}
		try (ScratchCluster scratch = ScratchCluster.start(bin.get())) {
			scratch.migrateAndCopyFrom(dataSource);
			drill(bin.get(), "127.0.0.1", scratch.port, "nmhub", "nmhub", null);
		}
	}

	private static void drill(Path bin, String host, int port, String database, String user, String password)
			throws Exception {
		ProcessBuilder drill = new ProcessBuilder("bash", "ops/check-restore.sh").redirectErrorStream(true);
		Map<String, String> env = drill.environment();
		env.put("PG_BIN", bin.toString());
		env.put("PGHOST", host);
		env.put("PGPORT", String.valueOf(port));
		env.put("PGDATABASE", database);
		env.put("PGUSER", user);
		if (password != null && !password.isEmpty()) {
			env.put("PGPASSWORD", password);
		}
		Process process = drill.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the drill finished").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("restore check passed");
	}

	private static Optional<Path> clientPrograms() throws IOException {
		String configured = System.getenv("NMHUB_PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured));
		}
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> dirs = Files.list(versions)) {
				Optional<Path> newest = dirs.map(d -> d.resolve("bin"))
					.filter(d -> Files.isExecutable(d.resolve("pg_dump")))
					.max(Comparator.comparingInt(BackupRestoreTests::majorVersion));
				if (newest.isPresent()) {
					return newest;
				}
			}
		}
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.map(Path::of)
			.filter(d -> Files.isExecutable(d.resolve("pg_dump")))
			.findFirst();
	}

	private static int majorVersion(Path bin) {
		try {
			Process version = new ProcessBuilder(bin.resolve("pg_dump").toString(), "--version").start();
			String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Matcher m = Pattern.compile("(\\d+)(\\.\\d+)?").matcher(text);
			return m.find() ? Integer.parseInt(m.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
