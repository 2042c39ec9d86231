package org.nmhub.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in page view does not write the session back to PostgreSQL when its last
 * access was recorded less than a minute ago, and does once it is older; the session
 * stays signed in throughout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionTouchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void pageViewsWithinAMinuteLeaveTheStoredLastAccessAloneAndLaterOnesMoveIt() throws Exception {
		String email = DemoUsers.email("coordinator", DemoUsers.CITY);
		String signInPage = get("/sign-in").body();
		HttpResponse<String> signedIn = post("/sign-in",
				"email=" + enc(email) + "&password=" + enc(DemoUsers.PASSWORD) + "&_csrf=" + enc(csrf(signInPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		long afterSignIn = lastAccess(email);

		for (int i = 0; i < 3; i++) {
			assertThat(get("/p/" + DemoUsers.CITY).statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(email)).as("no write back within the minute").isEqualTo(afterSignIn);

		long twoMinutesEarlier = afterSignIn - 120_000;
		jdbc.sql("update spring_session set last_access_time = :t where principal_name = :p")
			.param("t", twoMinutesEarlier)
			.param("p", email)
			.update();
		HttpResponse<String> later = get("/p/" + DemoUsers.CITY);
		assertThat(later.statusCode()).as("still signed in").isEqualTo(200);
		assertThat(later.body()).contains("Leicester Partnership");
		assertThat(lastAccess(email)).as("written back once it is a minute old").isGreaterThan(afterSignIn);
	}

	private long lastAccess(String email) {
		return jdbc.sql("select max(last_access_time) from spring_session where principal_name = :p")
			.param("p", email)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
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

}
