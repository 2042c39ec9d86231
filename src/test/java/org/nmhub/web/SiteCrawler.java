package org.nmhub.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A small crawler for the running application (a real HTTP client against
 * {@code RANDOM_PORT}, with its own cookie jar): it signs in through the sign-in form,
 * follows internal links breadth first and visits one page per route pattern, so a crawl
 * covers every kind of page without visiting every record.
 */
final class SiteCrawler {

	/** Paths never followed: static files, health checks and signing out. */
	private static final Pattern NOT_PAGES = Pattern
		.compile("^/(assets|webjars|css|js|actuator)/.*|^/favicon\\.ico$|^/sign-out$");

	/** Links to files rather than pages, by extension. */
	private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|xlsx|geojson|json|ics|zip|svg|png)$");

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final List<PathPattern> getPatterns;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final List<Response> responses = new ArrayList<>();

	/** Download links seen by crawls, each with the page it was found on. */
	private final Map<String, String> downloads = new LinkedHashMap<>();

	SiteCrawler(int port, RequestMappingHandlerMapping mappings) {
		this.baseUrl = "http://localhost:" + port;
		List<PathPattern> patterns = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
				patterns.addAll(info.getPathPatternsCondition().getPatterns());
			}
		}
		patterns.sort(PathPattern.SPECIFICITY_COMPARATOR);
		this.getPatterns = patterns;
	}

	/** One HTTP response, after any redirects were followed. */
	record Response(String method, String path, int status, HttpHeaders headers, byte[] body, List<String> setCookies,
			long millis) {

		String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		boolean isHtml() {
			return contentType().startsWith("text/html");
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		Document document(String baseUrl) {
			return Jsoup.parse(text(), baseUrl + this.path);
		}

		Optional<String> header(String name) {
			return this.headers.firstValue(name);
		}

	}

	String baseUrl() {
		return this.baseUrl;
	}

	/** Every response this crawler received, redirects included, in order. */
	List<Response> responses() {
		return this.responses;
	}

	/** Download links (path to the path of the page that links to it). */
	Map<String, String> downloads() {
		return this.downloads;
	}

	/** The route pattern of a GET path (without its query), or the path itself. */
	String routeOf(String path) {
		String withoutQuery = path.replaceFirst("[?#].*$", "");
		PathContainer container = PathContainer.parsePath(withoutQuery);
		return this.getPatterns.stream()
			.filter(p -> p.matches(container))
			.findFirst()
			.map(PathPattern::getPatternString)
			.orElse(withoutQuery);
	}

	/** Signs in through the sign-in form; fails unless it leads away from it. */
	List<String> signIn(String email, String password) {
		this.cookies.clear();
		Response form = get("/sign-in");
		String token = csrfToken(form);
		Response signedIn = send("POST", "/sign-in",
				List.of(Map.entry("email", email), Map.entry("password", password), Map.entry("_csrf", token)));
		String location = signedIn.header("Location").orElse("");
		if (signedIn.status() != 302 || location.contains("/sign-in")) {
			throw new IllegalStateException(
					"Could not sign in as " + email + ": " + signedIn.status() + " " + location);
		}
		return signedIn.setCookies();
	}

	static String csrfToken(Response page) {
		var matcher = HIDDEN_TOKEN.matcher(page.text());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + page.path());
		}
		return matcher.group(1);
	}

	/** GET, following redirects within the application. */
	Response get(String path) {
		return follow(send("GET", path, List.of()));
	}

	/** A form POST (URL-encoded); the redirect, if any, is not followed. */
	Response post(String path, List<Map.Entry<String, String>> fields) {
		return send("POST", path, fields);
	}

	Response follow(Response response) {
		Response current = response;
		for (int hops = 0; hops < 5 && current.status() / 100 == 3; hops++) {
			Optional<String> location = current.header("Location");
			if (location.isEmpty()) {
				break;
			}
			String path = localPath(location.get(), current.path());
			if (path == null) {
				break;
			}
			current = send("GET", path, List.of());
		}
		return current;
	}

	/**
	 * Crawls breadth first from the start paths, one page per route pattern, plus any
	 * link that {@code alsoFollow} accepts (by its path and link text); at most
	 * {@code maxPages} pages. Returns the final response of every page visited.
	 */
	List<Response> crawl(Collection<String> starts, int maxPages, Predicate<Map.Entry<String, String>> alsoFollow) {
		Deque<String> queue = new ArrayDeque<>(starts);
		Set<String> queued = new LinkedHashSet<>(starts);
		Set<String> routes = new LinkedHashSet<>();
		starts.forEach(start -> routes.add(routeOf(start)));
		List<Response> pages = new ArrayList<>();
		while (!queue.isEmpty() && pages.size() < maxPages) {
			String path = queue.removeFirst();
			Response page = get(path);
			pages.add(page);
			if (!page.isHtml()) {
				continue;
			}
			Document document = page.document(this.baseUrl);
			for (Element link : document.select("a[href], [hx-get]")) {
				String raw = link.hasAttr("href") ? link.attr("href") : link.attr("hx-get");
				String target = localPath(raw, page.path());
				if (target == null || NOT_PAGES.matcher(target.replaceFirst("\\?.*$", "")).matches()) {
					continue;
				}
				if (DOWNLOAD.matcher(target.replaceFirst("\\?.*$", "").toLowerCase(Locale.ROOT)).matches()) {
					this.downloads.putIfAbsent(target, page.path());
					continue;
				}
				if (queued.contains(target)) {
					continue;
				}
				if (routes.add(routeOf(target)) || alsoFollow.test(Map.entry(target, link.text()))) {
					queued.add(target);
					queue.addLast(target);
				}
			}
		}
		return pages;
	}

	/**
	 * The path and query of a link if it points into the application, else null.
	 */
	String localPath(String href, String from) {
		if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
				|| href.startsWith("tel:")) {
			return null;
		}
		URI resolved;
		try {
			resolved = URI.create(this.baseUrl + from).resolve(href.trim().replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!this.baseUrl.equals(resolved.getScheme() + "://" + resolved.getAuthority())) {
			return null;
		}
		String path = resolved.getRawPath();
		return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
	}

	private Response send(String method, String path, List<Map.Entry<String, String>> fields) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(120))
			.header("Accept", "text/html,application/xhtml+xml,*/*");
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map(c -> c.getKey() + "=" + c.getValue())
						.collect(Collectors.joining("; ")));
		}
		if ("POST".equals(method)) {
			String body = fields.stream()
				.map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
				.collect(Collectors.joining("&"));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.GET();
		}
		HttpResponse<byte[]> response;
		long started = System.nanoTime();
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		List<String> setCookies = response.headers().allValues("Set-Cookie");
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
			if (expired) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		Response result = new Response(method, path, response.statusCode(), response.headers(), response.body(),
				setCookies, (System.nanoTime() - started) / 1_000_000L);
		this.responses.add(result);
		return result;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The slowest responses so far, for finding what makes a crawl slow. */
	String slowest(int count) {
		return this.responses.stream()
			.sorted(Comparator.comparingLong(Response::millis).reversed())
			.limit(count)
			.map(r -> r.method() + " " + r.path() + " " + r.millis() + " ms")
			.collect(Collectors.joining(", "));
	}

}
