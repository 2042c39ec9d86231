package org.nmhub.access;

import java.net.CookieManager;
import java.net.HttpCookie;
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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: signing in replaces the session id, so a session id planted before
 * sign-in is worthless afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionFixationIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void signingInReplacesTheSessionId() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		URI signIn = URI.create("http://localhost:" + port + "/sign-in");
		String page = client.send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString()).body();
		String before = sessionId(cookies);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		String form = "email=" + enc(DemoUsers.email("partner", DemoUsers.CITY)) + "&password="
				+ enc(DemoUsers.PASSWORD) + "&_csrf=" + enc(token.group(1));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(signIn)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(sessionId(cookies)).isNotBlank().isNotEqualTo(before);
	}

	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("NMHUB_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
