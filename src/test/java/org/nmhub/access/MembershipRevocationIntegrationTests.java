package org.nmhub.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nmhub.DemoUsers;
import org.nmhub.NmHubApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each instance keeps the users it has loaded and reads only their access version per
 * request (docs/adr/0030). A membership revoked, granted again, or an account disabled
 * still takes effect on the very next request, on both of two app instances that had the
 * user in memory. The changes are made straight in the database, as any write path would
 * make them: the counter is kept by triggers (V0110).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipRevocationIntegrationTests {

	@LocalServerPort
	int portA;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext instanceB;

	int portB;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

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
	void revokingGrantingAndDisablingTakeEffectAtOnceOnEveryInstance() throws Exception {
		String email = "revocation-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String administrator = DemoUsers.email("administrator", DemoUsers.CITY);
		long userId = jdbc.sql("""
				insert into users (email, display_name, password_hash, organisation_id)
				select :email, 'Revocation test', password_hash, organisation_id from users where email = :admin
				returning id
				""").param("email", email).param("admin", administrator).query(Long.class).single();
		grant(userId);
		String page = "/p/" + DemoUsers.CITY + "/partners";

		String signInPage = get(portA, "/sign-in").body();
		assertThat(post(portA, "/sign-in",
				"email=" + enc(email) + "&password=" + enc(DemoUsers.PASSWORD) + "&_csrf=" + enc(csrf(signInPage)))
			.statusCode()).isEqualTo(302);
		for (int i = 0; i < 2; i++) {
			assertThat(get(portA, page).statusCode()).as("a member, on A").isEqualTo(200);
			assertThat(get(portB, page).statusCode()).as("a member, on B").isEqualTo(200);
		}

		jdbc.sql("delete from memberships where user_id = :u").param("u", userId).update();
		assertThat(get(portA, page).statusCode()).as("revoked, on A at once").isEqualTo(403);
		assertThat(get(portB, page).statusCode()).as("revoked, on B at once").isEqualTo(403);

		grant(userId);
		assertThat(get(portB, page).statusCode()).as("granted again, on B at once").isEqualTo(200);
		assertThat(get(portA, page).statusCode()).as("granted again, on A at once").isEqualTo(200);

		jdbc.sql("update users set enabled = false where id = :u").param("u", userId).update();
		assertThat(get(portA, page).statusCode()).as("disabled, on A at once").isNotEqualTo(200);
		assertThat(get(portB, page).statusCode()).as("disabled, on B at once").isNotEqualTo(200);
	}

	private void grant(long userId) {
		jdbc.sql("""
				insert into memberships (user_id, partnership_id, role)
				select :u, id, 'PARTNER_OFFICER' from partnerships where slug = :slug
				""").param("u", userId).param("slug", DemoUsers.CITY).update();
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
