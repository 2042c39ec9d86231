package org.nmhub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted under load: while it is away the readiness probe says DOWN (so a
 * load balancer stops sending traffic) and liveness stays UP (so nothing restarts the
 * instance); when it is back the instance is ready again and serves pages without anyone
 * touching it. Runs an app instance against its own embedded PostgreSQL, which the test
 * stops and starts on the same port and data directory.
 */
class PostgresRestartTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theInstanceReportsDownWhilePostgresIsAwayAndRecoversByItself() throws Exception {
		Path data = Path.of("target", "restart-test-pg").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data);
		int pgPort = freePort();
		EmbeddedPostgres postgres = start(data, pgPort);
		ConfigurableApplicationContext app = null;
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> users = new ArrayList<>();
		try {
			app = new SpringApplicationBuilder(NmHubApplication.class).run("--server.port=0",
					"--spring.profiles.active=test", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--spring.datasource.hikari.connection-timeout=2000", "--nmhub.demo.enabled=true",
					"--nmhub.source-data-dir=target/no-official-data");
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String page = "http://localhost:" + port + "/public/" + DemoUsers.COUNTY + "/neighbourhoods";
			assertThat(status(page)).as("a public page that reads the database").isEqualTo(200);
			assertThat(status(probe(port, "readiness"))).isEqualTo(200);

			Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
			AtomicLong okSince = new AtomicLong();
			for (int i = 0; i < 6; i++) {
				Thread user = new Thread(() -> {
					while (running.get()) {
						int s = status(page);
						answers.computeIfAbsent(String.valueOf(s), k -> new AtomicInteger()).incrementAndGet();
						if (s == 200) {
							okSince.set(System.nanoTime());
						}
					}
				}, "load-" + i);
				user.start();
				users.add(user);
			}
			Thread.sleep(2000);

			postgres.close();
			long down = waitFor(probe(port, "readiness"), s -> s == 503);
			assertThat(down).as("readiness said DOWN while PostgreSQL was stopped").isPositive();
			assertThat(status(probe(port, "liveness"))).as("liveness stays UP: no restart needed").isEqualTo(200);
			assertThat(status("http://localhost:" + port + "/actuator/health")).isEqualTo(503);
			assertThat(status(page)).as("a page needing the database says the service is unavailable").isEqualTo(503);

			postgres = start(data, pgPort);
			long restarted = System.nanoTime();
			long up = waitFor(probe(port, "readiness"), s -> s == 200);
			assertThat(up).as("readiness said UP again without any manual action").isPositive();
			long recovered = waitFor(page, s -> s == 200);
			assertThat(recovered).isPositive();
			Thread.sleep(2000);
			assertThat(okSince.get()).as("the simulated users got pages again after the restart")
				.isGreaterThan(restarted);
			running.set(false);
			for (Thread user : users) {
				user.join(30_000);
			}
			System.out.printf(
					"PostgreSQL restart under load: answers by status %s; readiness DOWN %d ms after the stop, UP %d ms "
							+ "after the start, pages again after %d ms%n",
					answers, down, up, recovered);
		}
		finally {
			running.set(false);
			if (app != null) {
				app.close();
			}
			postgres.close();
		}
	}

	/** Not "clean": zonky would delete the data directory when the server is closed. */
	private static EmbeddedPostgres start(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "50")
			.start();
	}

	private static String probe(int port, String kind) {
		return "http://localhost:" + port + "/actuator/health/" + kind;
	}

	/** Milliseconds until the page answered as wanted, or -1 after {@link #PATIENCE}. */
	private long waitFor(String url, IntPredicate wanted) throws InterruptedException {
		long started = System.nanoTime();
		while (System.nanoTime() - started < PATIENCE.toNanos()) {
			if (wanted.test(status(url))) {
				return Math.max(1, (System.nanoTime() - started) / 1_000_000);
			}
			Thread.sleep(200);
		}
		return -1;
	}

	private int status(String url) {
		try {
			return client
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -2;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
