package org.nmhub;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nmhub.notifications.MailOutbox;
import org.nmhub.notifications.Mailer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on different ports against one PostgreSQL, as behind a load balancer:
 * a user signed in on one is signed in on the other, a form served by one can be posted
 * to the other, an edit on one is seen on the other, and queued e-mail is sent once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetIntegrationTests {

	@LocalServerPort
	int portA;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	TransactionTemplate transactions;

	ConfigurableApplicationContext instanceB;

	int portB;

	final CookieManager cookies = new CookieManager();

	final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

	@BeforeAll
	void startSecondInstance() {
		instanceB = new SpringApplicationBuilder(NmHubApplication.class).run("--server.port=0",
				"--spring.profiles.active=test", "--spring.datasource.url=" + dataSource.getJdbcUrl(),
				"--spring.datasource.username=" + nullToEmpty(dataSource.getUsername()),
				"--spring.datasource.password=" + nullToEmpty(dataSource.getPassword()), "--nmhub.demo.enabled=false",
				"--nmhub.database.clean-on-start=false");
		portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
	}

	@AfterAll
	void stopSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnTheOtherAndAnEditIsSeenEverywhere() throws Exception {
		assertThat(portB).isNotEqualTo(portA);
		String signInPage = get(portA, "/sign-in").body();
		HttpResponse<String> signedIn = post(portA, "/sign-in",
				"email=" + enc(DemoUsers.email("administrator", DemoUsers.CITY)) + "&password="
						+ enc(DemoUsers.PASSWORD) + "&_csrf=" + enc(csrf(signInPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(sessionCookie().getValue()).isNotBlank();
		assertThat(sessionCookie().isHttpOnly()).isTrue();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :p")
			.param("p", DemoUsers.email("administrator", DemoUsers.CITY))
			.query(Long.class)
			.single()).as("the session is kept in PostgreSQL").isPositive();

		HttpResponse<String> onB = get(portB, "/p/" + DemoUsers.CITY + "/partners");
		assertThat(onB.statusCode()).as("signed in on instance B too").isEqualTo(200);
		assertThat(onB.body()).contains("Leicester Partnership");

		String name = "Fleet test forum " + UUID.randomUUID().toString().substring(0, 8);
		String form = get(portB, "/p/" + DemoUsers.CITY + "/bodies/new").body();
		HttpResponse<String> created = post(portA, "/p/" + DemoUsers.CITY + "/bodies/new",
				"name=" + enc(name) + "&type=NEIGHBOURHOOD_FORUM&_csrf=" + enc(csrf(form)));
		assertThat(created.statusCode())
			.as("a form from B posted to A is accepted (one CSRF token in the shared session)")
			.isEqualTo(302);
		assertThat(get(portB, "/p/" + DemoUsers.CITY + "/partners").body()).as("A's edit is seen on B").contains(name);
	}

	@Test
	void queuedMailIsSentOnceWhenBothInstancesSendAtTheSameTime() {
		String to = "fleet-" + UUID.randomUUID() + "@example.org";
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 20; i++) {
				mailer.queue(to, "Message " + i, "Body " + i);
			}
		});
		MailOutbox outboxA = instanceOutbox(null);
		MailOutbox outboxB = instanceOutbox(instanceB);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(outboxA::sendPending);
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(outboxB::sendPending);
		a.join();
		b.join();
		assertThat(TestMailServer.messagesTo(to)).hasSize(20);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'send-mail-outbox'")
			.query(Long.class)
			.single()).as("one schedule for the whole fleet").isEqualTo(1);
	}

	@Autowired
	MailOutbox outbox;

	private MailOutbox instanceOutbox(ConfigurableApplicationContext context) {
		return context == null ? outbox : context.getBean(MailOutbox.class);
	}

	private HttpCookie sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("NMHUB_SESSION"))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
