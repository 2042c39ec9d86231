package org.nmhub.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls every page each demo role of Leicestershire Together can reach (one page per
 * route pattern, following links from the partnership's home page), and the public pages
 * as a visitor, over real HTTP, and checks the security headers of every HTML response: a
 * Content-Security-Policy whose scripts may not be inline, nosniff, no framing, a
 * referrer policy, no caching of signed-in pages, and a session cookie that scripts
 * cannot read and other sites do not send.
 * <p>
 * It shares {@link XssSweepBrowserTests}'s application and database (same properties), so
 * the two start one application between them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "nmhub.home-dir=target/xss-data", "nmhub.database.clean-on-start=true" })
class SecurityHeadersCrawlIntegrationTests {

	private static final List<String> ROLES = List.of("administrator", "performance", "coordinator", "manager",
			"partner", "board");

	private static final String HOME = "/p/" + DemoUsers.COUNTY;

	private static final List<String> PUBLIC_STARTS = List.of("/", "/about", "/accessibility", "/sign-in",
			"/public/" + DemoUsers.COUNTY + "/neighbourhoods", "/public/" + DemoUsers.COUNTY + "/tell-us",
			"/public/" + DemoUsers.COUNTY + "/open-data", "/public/" + DemoUsers.COUNTY + "/meetings");

	private static final Set<String> STRICT_REFERRER_POLICIES = Set.of("no-referrer", "same-origin", "strict-origin",
			"strict-origin-when-cross-origin");

	private static final int MAX_PAGES_PER_ROLE = 400;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyPageOfEveryRoleAndEveryPublicPageCarriesTheSecurityHeaders() throws Exception {
		long started = System.nanoTime();
		Map<String, Integer> crawled = new LinkedHashMap<>();
		List<String> problems = Collections.synchronizedList(new ArrayList<>());

		SiteCrawler visitor = new SiteCrawler(this.port, this.mappings);
		List<SiteCrawler.Response> publicPages = visitor.crawl(PUBLIC_STARTS, MAX_PAGES_PER_ROLE, link -> false);
		checkPages("visitor", publicPages, false, problems);
		crawled.put("visitor", htmlCount(publicPages));

		// The roles crawl side by side, each with its own session.
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			Map<String, Future<Integer>> roles = new LinkedHashMap<>();
			for (String role : ROLES) {
				roles.put(role, pool.submit(() -> crawlAs(role, problems)));
			}
			for (Map.Entry<String, Future<Integer>> role : roles.entrySet()) {
				crawled.put(role.getKey(), role.getValue().get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		int total = crawled.values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("Security headers: %d HTML pages crawled (%s) in %d s%n", total,
				crawled.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
				(System.nanoTime() - started) / 1_000_000_000L);
		assertThat(crawled.get("visitor")).as("public pages crawled").isGreaterThanOrEqualTo(PUBLIC_STARTS.size());
		assertThat(crawled.get("administrator")).as("the administrator's pages crawled").isGreaterThan(50);
		assertThat(problems).as("pages missing a security header").isEmpty();
	}

	/** Signs in as the role, crawls its pages and checks them; how many HTML pages. */
	private int crawlAs(String role, List<String> problems) {
		SiteCrawler crawler = new SiteCrawler(this.port, this.mappings);
		List<String> setCookies = crawler.signIn(DemoUsers.email(role, DemoUsers.COUNTY), DemoUsers.PASSWORD);
		checkSessionCookie(role, setCookies, problems);
		List<SiteCrawler.Response> pages = crawler.crawl(List.of(HOME, "/account/password"), MAX_PAGES_PER_ROLE,
				link -> false);
		checkPages(role, pages, true, problems);
		crawler.responses()
			.stream()
			.flatMap(r -> r.setCookies().stream())
			.filter(c -> c.startsWith(SESSION_COOKIE + "="))
			.forEach(c -> checkSessionCookie(role, List.of(c), problems));
		return htmlCount(pages);
	}

	private static final String SESSION_COOKIE = "NMHUB_SESSION";

	private static int htmlCount(List<SiteCrawler.Response> pages) {
		return (int) pages.stream().filter(SiteCrawler.Response::isHtml).count();
	}

	private static void checkSessionCookie(String role, List<String> setCookies, List<String> problems) {
		List<String> session = setCookies.stream().filter(c -> c.startsWith(SESSION_COOKIE + "=")).toList();
		if (session.isEmpty()) {
			problems.add(role + ": signing in set no " + SESSION_COOKIE + " cookie");
		}
		for (String cookie : session) {
			String lower = cookie.toLowerCase(Locale.ROOT);
			if (!lower.contains("httponly")) {
				problems.add(role + ": session cookie is not HttpOnly: " + cookie);
			}
			if (!lower.contains("samesite=lax") && !lower.contains("samesite=strict")) {
				problems.add(role + ": session cookie has no SameSite=Lax or Strict: " + cookie);
			}
		}
	}

	private static void checkPages(String role, List<SiteCrawler.Response> pages, boolean signedIn,
			List<String> problems) {
		for (SiteCrawler.Response page : pages) {
			if (!page.isHtml()) {
				continue;
			}
			String where = role + " " + page.path() + " (" + page.status() + ")";
			String csp = page.header("Content-Security-Policy").orElse(null);
			if (csp == null) {
				problems.add(where + ": no Content-Security-Policy");
			}
			else {
				Map<String, String> directives = directives(csp);
				String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
				if (scripts == null) {
					problems.add(where + ": CSP restricts no scripts: " + csp);
				}
				else if (scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")
						|| scripts.contains("*")) {
					problems.add(where + ": CSP allows unsafe scripts: " + scripts);
				}
				if (!"'none'".equals(directives.get("object-src")) && !"'none'".equals(directives.get("default-src"))) {
					problems.add(where + ": CSP allows plugins (object-src): " + csp);
				}
			}
			String frameAncestors = csp == null ? null : directives(csp).get("frame-ancestors");
			if (!"DENY".equalsIgnoreCase(page.header("X-Frame-Options").orElse(""))
					&& !"'none'".equals(frameAncestors)) {
				problems.add(where + ": may be framed (no X-Frame-Options DENY or frame-ancestors 'none')");
			}
			if (!"nosniff".equalsIgnoreCase(page.header("X-Content-Type-Options").orElse(""))) {
				problems.add(where + ": no X-Content-Type-Options nosniff");
			}
			String referrer = page.header("Referrer-Policy").orElse("");
			if (!STRICT_REFERRER_POLICIES.contains(referrer.toLowerCase(Locale.ROOT))) {
				problems.add(where + ": Referrer-Policy is '" + referrer + "'");
			}
			if (signedIn && !page.header("Cache-Control").orElse("").contains("no-store")) {
				problems.add(where + ": signed-in page may be cached: Cache-Control "
						+ page.header("Cache-Control").orElse("(none)"));
			}
		}
	}

	private static Map<String, String> directives(String csp) {
		return Arrays.stream(csp.split(";"))
			.map(String::trim)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0].toLowerCase(Locale.ROOT),
					d -> d.contains(" ") ? d.split("\\s+", 2)[1] : "", (a, b) -> a, LinkedHashMap::new));
	}

}
