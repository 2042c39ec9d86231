package org.nmhub.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls NM Hub as a visitor and as each demo role of Leicestershire Together: from the
 * home page, breadth first, every same-origin link (GET only; no sign-out, downloads or
 * exports). Pages are grouped by <em>page kind</em> (the route they match, so
 * {@code /plans/{planId}} is one kind however many plans there are) and at most
 * {@value #PAGES_PER_KIND} pages of a kind are fetched per role, so the crawl samples
 * records rather than visiting them all (at most {@value #MAX_PAGES_PER_ROLE} pages per
 * role).
 * <ul>
 * <li>every fetched page is checked by the Nu Html Checker (errors only);</li>
 * <li>each role's first page (its navigation) and one page of every kind, as the first
 * role to reach it, are opened in Chromium and scanned with axe-core (WCAG 2.2 A and AA):
 * no serious or critical violation;</li>
 * <li>a sample of "new ..." forms ({@value #FORMS_PER_ROLE} per role, each kind once) is
 * submitted empty and its error state is scanned too;</li>
 * <li>no page answers with a server error.</li>
 * </ul>
 * The crawl runs once for the class; each test then asserts on its own findings, listing
 * every page and problem at once. See docs/adr/0034.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityCrawlBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	/** The visitor (no sign-in) and the six demo roles of Leicestershire Together. */
	static final List<String> ROLES = List.of("visitor", "administrator", "performance", "coordinator", "manager",
			"partner", "board");

	static final int PAGES_PER_KIND = 1;

	static final int MAX_PAGES_PER_ROLE = 120;

	static final int FORMS_PER_ROLE = 2;

	private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static final Pattern DOWNLOAD = Pattern
		.compile(".*\\.(pdf|csv|xlsx|geojson|ics|json|svg|xml|zip|png|ico|js|mjs|css)$", Pattern.CASE_INSENSITIVE);

	private static final List<String> SKIPPED_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/assets/", "/actuator",
			"/error", "/sign-out");

	private static Crawl crawl;

	@Test
	void noPageKindOfAnyRoleHasSeriousAccessibilityViolations(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Crawl crawl = crawl(mappings);

		assertThat(crawl.axeScans).as("axe scans").isGreaterThan(ROLES.size() * 5);
		assertThat(crawl.axeViolations).as("serious or critical axe violations, by page and rule").isEmpty();
	}

	@Test
	void everyCrawledPageIsValidHtml(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Crawl crawl = crawl(mappings);

		assertThat(crawl.pages).as("pages crawled").isGreaterThan(ROLES.size() * 10);
		assertThat(crawl.htmlErrors).as("Nu Html Checker errors, by page").isEmpty();
	}

	@Test
	void noCrawledPageAnswersWithAServerError(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Crawl crawl = crawl(mappings);

		assertThat(crawl.serverErrors).as("pages answering 5xx").isEmpty();
	}

	@Test
	void htmlCheckerFindsDuplicateIdsAndButtonsInsideLinks() {
		List<String> errors = htmlChecker().errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
				+ "<body><main><p id=\"a\">1</p><p id=\"a\">2</p><a href=\"/\"><button>Go</button></a></main></body></html>",
				"http://localhost/check");

		assertThat(errors).anyMatch(e -> e.contains("Duplicate ID"))
			.anyMatch(e -> e.contains("must not appear as a descendant of the “a” element"));
	}

	private static HtmlChecker checker;

	private static synchronized HtmlChecker htmlChecker() {
		if (checker == null) {
			checker = new HtmlChecker();
		}
		return checker;
	}

	private static synchronized Crawl crawl(RequestMappingHandlerMapping mappings) {
		if (crawl == null) {
			long started = System.nanoTime();
			Crawl result = new Crawl(PageKinds.of(mappings), htmlChecker());
			for (String role : ROLES) {
				result.crawlAs(role);
			}
			result.print(Duration.ofNanos(System.nanoTime() - started));
			crawl = result;
		}
		return crawl;
	}

	/** Page kinds: the GET routes of the application, most specific first. */
	record PageKinds(List<PathPattern> patterns) {

		static PageKinds of(RequestMappingHandlerMapping mappings) {
			List<PathPattern> patterns = new ArrayList<>();
			for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if ((methods.isEmpty() || methods.contains(RequestMethod.GET))
						&& info.getPathPatternsCondition() != null) {
					patterns.addAll(info.getPathPatternsCondition().getPatterns());
				}
			}
			patterns.sort(PathPattern.SPECIFICITY_COMPARATOR);
			return new PageKinds(patterns);
		}

		String of(String path) {
			PathContainer container = PathContainer.parsePath(path);
			return this.patterns.stream()
				.filter(p -> p.matches(container))
				.findFirst()
				.map(PathPattern::getPatternString)
				.orElse(path);
		}

	}

	static final class Crawl {

		final PageKinds kinds;

		final HtmlChecker checker;

		final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		int pages;

		int axeScans;

		final Set<String> allKinds = new HashSet<>();

		/**
		 * Page kinds already scanned with axe (as any role), and forms whose error state
		 * was.
		 */
		final Set<String> scannedKinds = new HashSet<>();

		final Set<String> scannedForms = new HashSet<>();

		final List<String> axeViolations = new ArrayList<>();

		final List<String> htmlErrors = new ArrayList<>();

		final List<String> serverErrors = new ArrayList<>();

		final Map<String, String> figures = new LinkedHashMap<>();

		Crawl(PageKinds kinds, HtmlChecker checker) {
			this.kinds = kinds;
			this.checker = checker;
		}

		void crawlAs(String role) {
			WebDriver driver = browser.driver();
			driver.manage().deleteAllCookies();
			browser.open("/");
			if (!"visitor".equals(role)) {
				browser.signIn(DemoUsers.email(role, DemoUsers.COUNTY), DemoUsers.PASSWORD);
				assertThat(browser.currentPath()).as(role + " signed in").isNotEqualTo("/sign-in");
			}
			String base = driver.getCurrentUrl().replaceAll("^(https?://[^/]+).*$", "$1");
			String cookies = driver.manage()
				.getCookies()
				.stream()
				.map((Cookie c) -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));

			Deque<String> queue = new ArrayDeque<>(List.of("/"));
			if (!"visitor".equals(role)) {
				queue.add("/p/" + DemoUsers.COUNTY);
			}
			Set<String> seen = new HashSet<>(queue);
			Map<String, Integer> perKind = new HashMap<>();
			Map<String, String> firstOfKind = new LinkedHashMap<>();
			List<String> forms = new ArrayList<>();
			int rolePages = 0;
			int roleHtmlErrors = 0;
			while (!queue.isEmpty() && rolePages < MAX_PAGES_PER_ROLE) {
				String target = queue.poll();
				String kind = this.kinds.of(pathOf(target));
				if (perKind.getOrDefault(kind, 0) >= PAGES_PER_KIND) {
					continue;
				}
				HttpResponse<String> response = fetch(role, base + target, cookies);
				if (response == null) {
					continue;
				}
				String contentType = response.headers().firstValue("Content-Type").orElse("");
				String finalPath = response.uri().getRawPath()
						+ (response.uri().getRawQuery() != null ? "?" + response.uri().getRawQuery() : "");
				if (response.statusCode() >= 500) {
					this.serverErrors.add(role + " " + target + ": " + response.statusCode());
					System.out.println("  5xx: " + role + " " + target + ": " + response.statusCode());
				}
				if (!contentType.startsWith("text/html")) {
					continue;
				}
				if (!finalPath.equals(target) && !seen.add(finalPath)) {
					// Redirected to a page already crawled, such as the sign-in page.
					continue;
				}
				String finalKind = this.kinds.of(response.uri().getRawPath());
				if (perKind.getOrDefault(finalKind, 0) >= PAGES_PER_KIND) {
					continue;
				}
				perKind.merge(finalKind, 1, Integer::sum);
				rolePages++;
				if (response.statusCode() == 200 && (firstOfKind.isEmpty() || this.scannedKinds.add(finalKind))) {
					// The role's first page (its navigation) and each kind no role has
					// had scanned.
					firstOfKind.putIfAbsent(finalKind, finalPath);
				}
				for (String error : this.checker.errors(response.body(), base + finalPath)) {
					this.htmlErrors.add(role + " " + finalPath + " " + error);
					System.out.println("  html: " + role + " " + finalPath + " " + error);
					roleHtmlErrors++;
				}
				Document page = Jsoup.parse(response.body(), base + finalPath);
				if (forms.size() < FORMS_PER_ROLE && finalPath.endsWith("/new") && response.statusCode() == 200
						&& !page.select("main form[method=post] button[type=submit]").isEmpty()
						&& this.scannedForms.add(finalKind)) {
					forms.add(finalPath);
				}
				for (Element link : page.select("a[href]:not([download])")) {
					String next = internalPath(link.attr("abs:href"), base);
					if (next != null && seen.add(next)) {
						queue.add(next);
					}
				}
			}

			System.out.println("Accessibility crawl, " + role + ": fetched and checked " + rolePages + " pages; "
					+ firstOfKind.size() + " to scan with axe");
			int roleViolations = this.axeViolations.size();
			for (String path : firstOfKind.values()) {
				browser.open(path);
				scan(role, path);
			}
			for (String path : forms) {
				browser.open(path);
				WebElement form = driver.findElement(By.cssSelector("main form[method=post]"));
				((JavascriptExecutor) driver).executeScript(
						"arguments[0].querySelectorAll('input[type=text],input[type=number],input[type=date],textarea')"
								+ ".forEach(f => f.value = ''); arguments[0].requestSubmit();",
						form);
				new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> BrowserSupport.isGone(form));
				new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> "complete"
					.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
				boolean errorSummary = !driver.findElements(By.cssSelector(".govuk-error-summary")).isEmpty();
				scan(role, path + " (submitted empty" + (errorSummary ? ", with errors" : ", no error summary") + ")");
			}
			this.pages += rolePages;
			this.allKinds.addAll(perKind.keySet());
			this.figures.put(role,
					rolePages + " pages, " + perKind.size() + " page kinds, " + firstOfKind.size() + " axe scans, "
							+ forms.size() + " forms' error states scanned, "
							+ (this.axeViolations.size() - roleViolations) + " axe violations, " + roleHtmlErrors
							+ " HTML errors");
			System.out.println("Accessibility crawl, " + role + ": " + this.figures.get(role));
		}

		private void scan(String role, String page) {
			Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(browser.driver());
			this.axeScans++;
			if (results.isErrored()) {
				this.axeViolations.add(role + " " + page + ": axe-core could not run: " + results.getErrorMessage());
				return;
			}
			for (Rule rule : results.getViolations()) {
				if (FAILING_IMPACTS.contains(rule.getImpact())) {
					String violation = role + " " + page + ": " + rule.getId() + " (" + rule.getImpact() + ") "
							+ rule.getHelp() + " at "
							+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
					this.axeViolations.add(violation);
					System.out.println("  axe: " + violation);
				}
			}
		}

		/**
		 * Fetches a page, trying once more if the connection fails (seen once on a
		 * machine under heavy load); a second failure counts as a server error.
		 */
		private HttpResponse<String> fetch(String role, String url, String cookies) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", cookies)
				.header("Accept", "text/html")
				.timeout(Duration.ofSeconds(30))
				.build();
			try {
				try {
					return this.http.send(request, HttpResponse.BodyHandlers.ofString());
				}
				catch (IOException first) {
					System.out.println("  retrying " + role + " " + url + " after " + first);
					return this.http.send(request, HttpResponse.BodyHandlers.ofString());
				}
			}
			catch (IOException ex) {
				this.serverErrors.add(role + " " + url + ": " + ex);
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		void print(Duration took) {
			System.out.println("Accessibility crawl (" + took.toSeconds() + " s): " + this.pages + " pages crawled, "
					+ this.allKinds.size() + " page kinds, " + this.axeScans + " axe scans, "
					+ this.axeViolations.size() + " serious or critical axe violations, " + this.htmlErrors.size()
					+ " HTML errors, " + this.serverErrors.size() + " server errors");
			this.figures.forEach((role, line) -> System.out.println("  " + role + ": " + line));
			this.axeViolations.forEach(v -> System.out.println("  axe: " + v));
			this.htmlErrors.forEach(v -> System.out.println("  html: " + v));
			this.serverErrors.forEach(v -> System.out.println("  5xx: " + v));
		}

	}

	private static String pathOf(String pathAndQuery) {
		int query = pathAndQuery.indexOf('?');
		return (query < 0) ? pathAndQuery : pathAndQuery.substring(0, query);
	}

	/** The path and query of a same-origin page link worth crawling, or null. */
	static String internalPath(String href, String base) {
		if (href.isEmpty() || !href.startsWith(base + "/")) {
			return null;
		}
		String rest = href.substring(base.length());
		int fragment = rest.indexOf('#');
		if (fragment >= 0) {
			rest = rest.substring(0, fragment);
		}
		String path = pathOf(rest);
		String lower = path.toLowerCase(Locale.ROOT);
		if (DOWNLOAD.matcher(lower).matches() || SKIPPED_PREFIXES.stream().anyMatch(lower::startsWith)) {
			return null;
		}
		return rest;
	}

}
