package org.nmhub;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One visitor of a running NM Hub (a test on a random port): its own cookies, plain GETs
 * and form POSTs, and signing in with the CSRF token of the sign-in page. For tests that
 * need the real HTTP exchange (headers, cookies, the bytes sent) rather than MockMvc.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in, checking that sign-in succeeded. */
	public WebSession signIn(String email, String password) {
		HttpResponse<String> signedIn = post("/sign-in",
				Map.of("email", email, "password", password, "_csrf", csrf(get("/sign-in").body())));
		assertThat(signedIn.statusCode()).as("signed in as %s", email).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).build());
	}

	/** Posts a form (in the order given), as a browser would. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The first CSRF token on a page. */
	public static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
