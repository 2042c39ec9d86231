package org.nmhub.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.nmhub.NmHubApplication;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a large import: a separate JVM runs NM Hub and imports the IoD 2019
 * England file (32,844 areas × 22 indicators); it is killed as soon as the import's
 * transaction has written (its session has a transaction id) and before it commits.
 * Afterwards nothing of the import exists, and NM Hub started again imports the same
 * file.
 */
class KillDuringImportTests {

	static final String FILE = "iod/iod2019_lsoa11_england_combined.csv";

	@Test
	void nothingPartialIsLeftAndTheImportCanBeRerun() throws Exception {
		Path file = RealData.file(FILE);
		Path data = Path.of("target", "kill-test-pg").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data);
		Path log = Path.of("target", "kill-test-child.log").toAbsolutePath();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Process child = new ProcessBuilder(javaCommand(url, file)).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			String writing;
			try (Connection observer = postgres.getPostgresDatabase().getConnection()) {
				waitForLine(child, log, "READY TO IMPORT");
				try (OutputStream go = child.getOutputStream()) {
					go.write("GO\n".getBytes(StandardCharsets.UTF_8));
				}
				writing = waitForWrite(observer, child, log);
				child.destroyForcibly();
				assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			System.out.println("Killed the importing JVM while its transaction ran: " + writing);
			assertThat(Files.readString(log)).doesNotContain("IMPORT FINISHED");
			waitUntilNoOtherBackend(postgres);
			assertThat(rowsVisibleTo(postgres, "indicator_datasets")).as("no dataset row of the killed import")
				.isZero();
			assertThat(rowsVisibleTo(postgres, "indicator_values")).as("no values of the killed import").isZero();
			assertThat(rowsVisibleTo(postgres, "indicator_dataset_columns")).isZero();
			assertThat(rowsVisibleTo(postgres, "audit_entries where record_type = 'indicator_dataset'")).isZero();

			try (ConfigurableApplicationContext restarted = start(url)) {
				IodImport.Outcome again = restarted.getBean(IodImport.class)
					.importFile(file.getFileName().toString(), Files.readAllBytes(file), null,
							new IodImport.Importer(null, "Kill test, after restart", null));
				assertThat(again).as("the rerun after the kill").isInstanceOf(IodImport.Imported.class);
				assertThat(((IodImport.Imported) again).dataset().rowCount()).isEqualTo(32_844);
			}
			assertThat(rowsVisibleTo(postgres, "indicator_values")).isEqualTo(32_844);
		}
	}

	/** The child JVM: NM Hub on the given database, importing when told "GO". */
	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = start(args[0])) {
			LsoaFixture.ensureLsoas(context.getBean(JdbcClient.class), LsoaVintage.LSOA2011);
			Path file = Path.of(args[1]);
			byte[] bytes = Files.readAllBytes(file);
			System.out.println("READY TO IMPORT");
			System.out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			if (!"GO".equals(in.readLine())) {
				return;
			}
			System.out.println("IMPORTING");
			System.out.flush();
			Object outcome = context.getBean(IodImport.class)
				.importFile(file.getFileName().toString(), bytes, null,
						new IodImport.Importer(null, "Kill test, child", null));
			System.out.println("IMPORT FINISHED (the test should have killed this JVM): " + outcome);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(NmHubApplication.class).run("--server.port=0",
				"--spring.profiles.active=test", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--nmhub.demo.enabled=false",
				"--nmhub.source-data-dir=target/no-official-data");
	}

	private static List<String> javaCommand(String url, Path file) {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx1g");
		command.add("-Dlogging.level.org.nmhub.indicators.IodImport=DEBUG");
		command.add("-cp");
		command.add(classpath);
		command.add(KillDuringImportTests.class.getName());
		command.add(url);
		command.add(file.toString());
		return command;
	}

	private static void waitForLine(Process child, Path log, String line) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
				return;
			}
			if (!child.isAlive()) {
				throw new AssertionError("the child JVM ended before \"" + line + "\":\n" + tail(log));
			}
			Thread.sleep(200);
		}
		child.destroyForcibly();
		throw new AssertionError("the child JVM did not print \"" + line + "\" within 3 minutes:\n" + tail(log));
	}

	/** The statement of the child's import transaction once it has written something. */
	private static String waitForWrite(Connection observer, Process child, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (System.nanoTime() < deadline) {
			try (Statement s = observer.createStatement();
					ResultSet rs = s.executeQuery("select left(query, 60) from pg_stat_activity "
							+ "where pid <> pg_backend_pid() and backend_xid is not null "
							+ "and backend_type = 'client backend'")) {
				if (rs.next()) {
					return rs.getString(1);
				}
			}
			if (!child.isAlive()) {
				throw new AssertionError("the child JVM ended before its import wrote:\n" + tail(log));
			}
			Thread.sleep(20);
		}
		Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(child.pid()), "Thread.print")
			.redirectErrorStream(true)
			.start();
		String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int main = threads.indexOf("\"main\"");
		child.destroyForcibly();
		throw new AssertionError(
				"the child's import did not start writing within 5 minutes:\n" + tail(log) + "\nits main thread:\n"
						+ (main < 0 ? threads : threads.substring(main, Math.min(threads.length(), main + 4000))));
	}

	private static void waitUntilNoOtherBackend(EmbeddedPostgres postgres) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (rowsVisibleTo(postgres,
					"pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'") == 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the killed JVM's database session did not end within a minute");
	}

	private static long rowsVisibleTo(EmbeddedPostgres postgres, String from) throws Exception {
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from " + from)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(no output)";
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
