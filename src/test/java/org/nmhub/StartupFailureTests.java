package org.nmhub;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults at start: a database that cannot be reached, or a data directory that cannot be
 * written (as on a full or read-only disk), stop NM Hub with Spring Boot's "APPLICATION
 * FAILED TO START" report saying what to do, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@TempDir
	Path temp;

	@Test
	void anUnreachableDatabaseIsReportedInPlainWords(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatThrownBy(() -> start(
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/nmhub?password=secret",
				"--spring.datasource.username=nmhub", "--spring.datasource.password=secret"))
			.isInstanceOf(Exception.class);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("NM Hub cannot reach its PostgreSQL database (jdbc:postgresql://127.0.0.1:" + closedPort
					+ "/nmhub)")
			.contains("Check that PostgreSQL is running")
			.contains("NMHUB_DB_URL")
			.doesNotContain("\tat org.")
			.doesNotContain("secret");
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenIsReportedInPlainWords(CapturedOutput output) throws IOException {
		Path notADirectory = Files.writeString(temp.resolve("home"), "a file where the data directory should be");
		assertThatThrownBy(
				() -> start("--spring.datasource.url=", "--nmhub.home-dir=" + notADirectory.resolve("nmhub")))
			.isInstanceOf(Exception.class);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("cannot create its data directory")
			.contains("the disk is not full")
			.doesNotContain("\tat org.");
	}

	private static void start(String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "--server.port=0";
		all[1] = "--spring.profiles.active=test";
		all[2] = "--nmhub.demo.enabled=false";
		all[3] = "--spring.main.banner-mode=off";
		System.arraycopy(args, 0, all, 4, args.length);
		new SpringApplicationBuilder(NmHubApplication.class).run(all).close();
	}

}
