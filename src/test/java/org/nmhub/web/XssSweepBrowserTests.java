package org.nmhub.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site scripting sweep (issue 10, OWASP ASVS 5.3): signed in as the Leicestershire
 * Together administrator, who sees the most forms, it crawls the application (one page
 * per route pattern), fills every text field and textarea of every form it finds with a
 * payload unique to that field (a script, a tag breaking out of an attribute, a
 * {@code javascript:} URL, template expressions), submits, crawls again and checks with
 * jsoup that no payload became markup and no template expression was evaluated; then it
 * prints the PDFs and checks that payloads are literal text there; and Chromium opens the
 * pages showing payloads to check that no payload script ran.
 * <p>
 * It runs on a database of its own ({@code target/xss-data}), so the payloads it stores
 * never reach other tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "nmhub.home-dir=target/xss-data", "nmhub.database.clean-on-start=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssSweepBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.COUNTY);

	private static final String HOME = "/p/" + DemoUsers.COUNTY;

	private static final List<String> STARTS = List.of(HOME, "/", "/public/" + DemoUsers.COUNTY + "/neighbourhoods",
			"/public/" + DemoUsers.COUNTY + "/tell-us", "/public/" + DemoUsers.COUNTY + "/meetings",
			"/public/" + DemoUsers.COUNTY + "/open-data");

	/** Forms never submitted: signing out or in, the password, and destroying records. */
	private static final Pattern UNSAFE_ACTIONS = Pattern
		.compile(".*(/sign-out|/sign-in|/account/password|/delete|/remove|/merge-into/|/members/\\d+/role).*");

	/** A hint's example value, such as "For example, 2008-04-01". */
	private static final Pattern EXAMPLE = Pattern.compile("[Ff]or example,? ([A-Z]{1,4} \\d+|[^\\s,;()]+)");

	private static final Pattern NUMBERS = Pattern.compile(
			"count|number|value|amount|cost|weight|rate|total|target|baseline|minimum|maximum|percent|score|days|pounds");

	private static final Pattern MARKER = Pattern.compile("xss(\\d+)");

	private static final Pattern EVALUATED = Pattern.compile("xss\\d+:(49|\\[\\[\\$\\{7\\*7}]]:49)");

	private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "url", "tel", "number", "date",
			"time", "month", "week", "datetime-local", "");

	private static final int MAX_PAGES = 600;

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "background", "cite", "hx-get", "hx-post");

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ApplicationContext context;

	private Sweep sweep;

	/** What a sweep did and found. */
	static final class Sweep {

		final Map<Integer, String> payloads = new LinkedHashMap<>();

		final Set<String> formsSubmitted = new LinkedHashSet<>();

		final Set<String> formsStored = new LinkedHashSet<>();

		final List<String> formsRejected = new ArrayList<>();

		final List<String> serverErrors = new ArrayList<>();

		final List<String> problems = new ArrayList<>();

		final Set<Integer> storedMarkers = new TreeSet<>();

		final Set<Integer> markersSeen = new TreeSet<>();

		final Set<String> pagesWithPayloads = new LinkedHashSet<>();

		final Set<String> pagesChecked = new LinkedHashSet<>();

		int fieldsFilled;

		int boardPacksMade;

		int uploadFormsSkipped;

		long seconds;

	}

	private synchronized Sweep sweep() {
		if (this.sweep == null) {
			this.sweep = runSweep();
		}
		return this.sweep;
	}

	@Test
	void theCheckFlagsAPayloadThatBecameMarkup() {
		Sweep s = new Sweep();
		s.payloads.put(7, "post /example title");
		String html = "<!DOCTYPE html><html><body><p>" + payload(7) + "</p><a href=\"javascript:alert(7)\">x</a>"
				+ "<p>xss8:49</p></body></html>";
		SiteCrawler.Response page = new SiteCrawler.Response(
				"GET", "/example", 200, java.net.http.HttpHeaders
					.of(Map.of("Content-Type", List.of("text/html;charset=UTF-8")), (k, v) -> true),
				html.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(), 0);

		check(new SiteCrawler(this.port, this.mappings), page, s);

		assertThat(String.join("\n", s.problems)).contains("payload became an element", "payload became a script",
				"payload became an image", "'onerror'", "javascript: URL", "template expression evaluated",
				"post /example title");
	}

	@Test
	void noPayloadBecomesMarkupOrRunsAsATemplateOnAnyPage() {
		Sweep s = sweep();

		assertThat(s.problems).as("payloads that became markup, script or evaluated templates").isEmpty();
		assertThat(s.serverErrors).as("form submissions answered with a server error").isEmpty();
		assertThat(s.formsStored).as("forms whose payloads were stored").hasSizeGreaterThan(20);
		assertThat(s.markersSeen).as("payloads shown (escaped) on pages").hasSizeGreaterThan(20);
	}

	private Sweep runSweep() {
		long started = System.nanoTime();
		Sweep s = new Sweep();
		SiteCrawler crawler = new SiteCrawler(this.port, this.mappings);
		crawler.signIn(ADMINISTRATOR, DemoUsers.PASSWORD);
		Set<String> submitted = new LinkedHashSet<>();
		List<String> landings = new ArrayList<>();
		// Round 1 fills and submits every form found; round 2 crawls again, also from the
		// pages the submissions led to, checks every page and fills any form not yet
		// seen.
		for (int round = 1; round <= 2; round++) {
			if (round == 2) {
				s.boardPacksMade = makeDueBoardPacks();
			}
			List<SiteCrawler.Response> pages = crawler.crawl(withLandings(landings), MAX_PAGES,
					link -> MARKER.matcher(link.getValue()).find());
			for (SiteCrawler.Response page : pages) {
				check(crawler, page, s);
				if (!page.isHtml()) {
					continue;
				}
				for (Element form : page.document(crawler.baseUrl()).select("form")) {
					submit(crawler, page, form, submitted, landings, s);
				}
			}
		}
		s.seconds = (System.nanoTime() - started) / 1_000_000_000L;
		this.lastCrawler = crawler;
		System.out.printf(
				"XSS sweep: %d text fields filled with payloads in %d forms (%d forms stored %d payloads, %d rejected, "
						+ "%d upload forms skipped); %d pages checked, %d show payloads (%d distinct payloads, all as "
						+ "text), in %d s%n",
				s.fieldsFilled, s.formsSubmitted.size(), s.formsStored.size(), s.storedMarkers.size(),
				s.formsRejected.size(), s.uploadFormsSkipped, s.pagesChecked.size(), s.pagesWithPayloads.size(),
				s.markersSeen.size(), s.seconds);
		if (!s.formsRejected.isEmpty()) {
			System.out.println("Forms that never accepted a submission:\n  " + String.join("\n  ", s.formsRejected));
		}
		System.out.println("Slowest requests: " + crawler.slowest(8));
		return s;
	}

	private SiteCrawler lastCrawler;

	/**
	 * Makes the board packs now due (as the hourly task would), so that packs of meetings
	 * the sweep added carry its payloads.
	 */
	private int makeDueBoardPacks() {
		try {
			Object packs = AopTestUtils
				.getTargetObject(this.context.getBean(Class.forName("org.nmhub.dashboards.BoardPacks")));
			Integer made = ReflectionTestUtils.invokeMethod(packs, "generateDue", Instant.now());
			return made == null ? 0 : made;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void pdfsPrintPayloadsAsLiteralText() {
		Sweep s = sweep();
		SiteCrawler crawler = this.lastCrawler;
		Map<String, String> chosen = new LinkedHashMap<>();
		crawler.downloads().forEach((path, from) -> {
			if (path.replaceFirst("\\?.*$", "").endsWith(".pdf")) {
				String route = crawler.routeOf(path);
				if (!chosen.containsKey(route) || s.pagesWithPayloads.contains(from)) {
					chosen.put(route, path);
				}
			}
		});
		List<String> problems = new ArrayList<>();
		Map<String, Integer> payloadsPerPdf = new LinkedHashMap<>();
		for (String path : chosen.values()) {
			SiteCrawler.Response pdf = crawler.get(path);
			assertThat(pdf.status()).as(path).isEqualTo(200);
			assertThat(pdf.contentType()).as(path).startsWith("application/pdf");
			String text = PdfText.of(pdf.body()).replaceAll("\\s", "");
			Matcher evaluated = EVALUATED.matcher(text);
			if (evaluated.find()) {
				problems.add(path + ": template expression evaluated: " + evaluated.group());
			}
			Set<Integer> seen = new TreeSet<>();
			Matcher marker = MARKER.matcher(text);
			while (marker.find()) {
				seen.add(Integer.parseInt(marker.group(1)));
			}
			for (int n : seen) {
				if (!text.contains("<xss" + n + ">") && !text.contains("javascript:window.__xss='xss" + n)) {
					int at = text.indexOf("xss" + n);
					problems.add(path + ": payload " + n + " is not literal text: …"
							+ text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40)) + "…");
				}
			}
			payloadsPerPdf.put(path, seen.size());
		}
		System.out.printf("XSS sweep: %d PDFs checked (%d board packs made after the sweep): %s%n", chosen.size(),
				s.boardPacksMade,
				payloadsPerPdf.entrySet()
					.stream()
					.map(e -> e.getKey() + " " + e.getValue() + " payloads")
					.collect(Collectors.joining(", ")));
		assertThat(problems).as("payloads that did not print as literal text").isEmpty();
		assertThat(chosen).as("PDF routes found").hasSizeGreaterThanOrEqualTo(3);
		assertThat(payloadsPerPdf.values().stream().filter(n -> n > 0).count()).as("PDFs printing payloads")
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void noPayloadScriptRunsInChromium() {
		Sweep s = sweep();
		List<String> pages = s.pagesWithPayloads.stream().limit(20).toList();
		browser.signIn(ADMINISTRATOR, DemoUsers.PASSWORD);
		List<String> ran = new ArrayList<>();
		for (String path : pages) {
			browser.open(path);
			Object result = ((JavascriptExecutor) browser.driver())
				.executeScript("return typeof window.__xss === 'undefined' && "
						+ "!Array.from(document.querySelectorAll('*')).some(e => /^XSS\\d+$/.test(e.tagName))");
			if (!Boolean.TRUE.equals(result)) {
				ran.add(path);
			}
		}
		System.out.printf("XSS sweep: %d pages showing payloads opened in Chromium%n", pages.size());
		assertThat(pages).as("pages showing payloads").isNotEmpty();
		assertThat(ran).as("pages where a payload ran or became an element in Chromium").isEmpty();
	}

	private List<String> withLandings(List<String> landings) {
		List<String> starts = new ArrayList<>(STARTS);
		landings.stream().filter(l -> !starts.contains(l)).forEach(starts::add);
		return starts;
	}

	// ---- Forms

	private void submit(SiteCrawler crawler, SiteCrawler.Response page, Element form, Set<String> submitted,
			List<String> landings, Sweep s) {
		String method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(Locale.ROOT);
		String action = crawler.localPath(form.attr("action").isBlank() ? page.path() : form.attr("action"),
				page.path());
		if (action == null || UNSAFE_ACTIONS.matcher(action).matches()) {
			return;
		}
		List<Element> fields = form.select("input[name], textarea[name], select[name]");
		if (fields.stream().anyMatch(f -> "password".equalsIgnoreCase(f.attr("type")))) {
			return;
		}
		List<Element> texts = fields.stream().filter(XssSweepBrowserTests::isText).toList();
		if (texts.isEmpty()) {
			return;
		}
		String key = method + " " + action.replaceFirst("\\?.*$", "").replaceAll("/\\d+(?=/|$)", "/{n}") + " "
				+ fields.stream().map(f -> f.attr("name")).sorted().distinct().collect(Collectors.joining(","));
		if (!submitted.add(key)) {
			return;
		}
		if (fields.stream().anyMatch(f -> "file".equalsIgnoreCase(f.attr("type")))
				|| "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
			s.uploadFormsSkipped++;
			return;
		}
		s.formsSubmitted.add(key);
		Map<String, Integer> markers = new LinkedHashMap<>();
		for (Element text : texts) {
			int n = s.payloads.size() + 1;
			markers.put(text.attr("name"), n);
			s.payloads.put(n, key + " " + text.attr("name"));
		}
		s.fieldsFilled += markers.size();
		// Each field starts with its payload; a field the form rejects gets a shorter
		// payload, then a plausible value, then the value it had.
		Map<String, Integer> stage = new LinkedHashMap<>();
		markers.keySet().forEach(name -> stage.put(name, 0));
		boolean checkBoxes = false;
		String lastErrors = "";
		for (int attempt = 1; attempt <= 6; attempt++) {
			List<Map.Entry<String, String>> body = body(form, stage, markers, checkBoxes);
			SiteCrawler.Response response;
			if ("post".equals(method)) {
				response = crawler.post(action, body);
			}
			else {
				String query = body.stream()
					.map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
							+ java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
				response = crawler.get(action.replaceFirst("\\?.*$", "") + "?" + query);
			}
			if (response.status() >= 500) {
				s.serverErrors.add(key + " answered " + response.status());
				return;
			}
			if (response.status() / 100 == 3) {
				SiteCrawler.Response landing = crawler.follow(response);
				check(crawler, landing, s);
				if (landing.status() == 200 && !landings.contains(landing.path())) {
					landings.add(landing.path());
				}
				boolean flashProblem = landing.isHtml() && hasProblem(landing.document(crawler.baseUrl()));
				if (!flashProblem || attempt == 6) {
					stored(stage, markers, s, key);
					return;
				}
				stage.replaceAll((name, st) -> st + 1);
				continue;
			}
			check(crawler, response, s);
			if ("get".equals(method)) {
				return;
			}
			if (response.status() != 200 || !response.isHtml()) {
				s.formsRejected.add(key + " (" + response.status() + ")");
				return;
			}
			Document answer = response.document(crawler.baseUrl());
			if (!hasProblem(answer)) {
				if ("post".equals(method)) {
					stored(stage, markers, s, key);
				}
				return;
			}
			lastErrors = answer.select(".govuk-error-summary li, .govuk-error-message").eachText().toString();
			Set<String> wrong = fieldsInError(answer, markers.keySet());
			if (wrong.isEmpty()) {
				if (checkBoxes) {
					stage.replaceAll((name, st) -> st + 1);
				}
				checkBoxes = true;
			}
			else if (wrong.stream().allMatch(name -> stage.get(name) >= 3)) {
				// The fields named are back to their own values: the problem lies in
				// another field the page did not link to, so every field moves on a
				// stage.
				stage.replaceAll((name, st) -> st + 1);
			}
			else {
				wrong.forEach(name -> stage.merge(name, 1, Integer::sum));
			}
		}
		s.formsRejected.add(key + " " + stage + " " + lastErrors);
	}

	private static void stored(Map<String, Integer> stage, Map<String, Integer> markers, Sweep s, String key) {
		boolean any = false;
		for (Map.Entry<String, Integer> field : stage.entrySet()) {
			if (field.getValue() <= 1) {
				s.storedMarkers.add(markers.get(field.getKey()));
				any = true;
			}
		}
		if (any) {
			s.formsStored.add(key);
		}
	}

	private static boolean hasProblem(Document page) {
		return !page.select(".govuk-error-summary, .govuk-form-group--error, .govuk-error-message").isEmpty();
	}

	private static Set<String> fieldsInError(Document page, Set<String> names) {
		Set<String> wrong = new LinkedHashSet<>();
		Set<String> targets = new LinkedHashSet<>();
		page.select(".govuk-error-summary a[href^=#]").forEach(a -> targets.add(a.attr("href").substring(1)));
		page.select(".govuk-form-group--error input[name], .govuk-form-group--error textarea[name]")
			.forEach(e -> wrong.add(e.attr("name")));
		page.select(".govuk-error-message[id$=-error]")
			.forEach(e -> targets.add(e.id().substring(0, e.id().length() - "-error".length())));
		for (String name : names) {
			for (String target : targets) {
				if (name.equals(target) || name.startsWith(target + ".") || name.startsWith(target + "[")
						|| target.startsWith(name.replace('.', '-'))) {
					wrong.add(name);
				}
			}
		}
		wrong.retainAll(names);
		return wrong;
	}

	private static boolean isText(Element field) {
		if (field.tagName().equals("textarea")) {
			return true;
		}
		return field.tagName().equals("input")
				&& TEXT_TYPES.contains(field.attr("type").toLowerCase(Locale.ROOT).trim());
	}

	private List<Map.Entry<String, String>> body(Element form, Map<String, Integer> stage, Map<String, Integer> markers,
			boolean checkBoxes) {
		List<Map.Entry<String, String>> body = new ArrayList<>();
		Set<String> radios = new LinkedHashSet<>();
		Set<String> boxes = new LinkedHashSet<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			String type = field.attr("type").toLowerCase(Locale.ROOT);
			if (field.tagName().equals("select")) {
				Element option = field.selectFirst("option[selected]");
				if (option == null) {
					option = field.select("option")
						.stream()
						.filter(o -> !o.attr("value").isBlank())
						.findFirst()
						.orElse(null);
				}
				if (option != null) {
					body.add(Map.entry(name, option.attr("value")));
				}
			}
			else if (markers.containsKey(name)) {
				body.add(Map.entry(name, value(field, stage.get(name), markers.get(name))));
			}
			else if (type.equals("radio")) {
				if (radios.add(name)) {
					Element chosen = form.selectFirst("input[type=radio][name=" + name + "][checked]");
					if (chosen == null) {
						chosen = field;
					}
					body.add(Map.entry(name, chosen.attr("value")));
				}
			}
			else if (type.equals("checkbox")) {
				if (field.hasAttr("checked") || (checkBoxes && boxes.add(name))) {
					body.add(Map.entry(name, field.hasAttr("value") ? field.attr("value") : "on"));
				}
			}
			else if (!type.equals("submit") && !type.equals("button") && !type.equals("image")) {
				body.add(Map.entry(name, field.val()));
			}
		}
		Element button = form.selectFirst("button[name], input[type=submit][name]");
		if (button != null) {
			body.add(Map.entry(button.attr("name"), button.val()));
		}
		return body;
	}

	/** A field's value at a stage: payload, short payload, plausible value, its own. */
	private String value(Element field, int stage, int n) {
		String name = field.attr("name").toLowerCase(Locale.ROOT);
		String type = field.attr("type").toLowerCase(Locale.ROOT);
		boolean url = type.equals("url") || name.contains("url") || name.contains("website") || name.endsWith("link");
		return switch (stage) {
			case 0 -> url ? "javascript:window.__xss='xss" + n + "'//" : payload(n);
			case 1 -> url ? payload(n) : "<xss" + n + ">\"'";
			case 2 -> plausible(field, name, type);
			default -> field.tagName().equals("textarea") ? field.text() : field.val();
		};
	}

	/**
	 * Payload number n: a tag, an attribute break-out with script, template expressions.
	 */
	static String payload(int n) {
		return "<xss" + n + ">\"'><script>window.__xss='xss" + n + "'</script><img src=x onerror=window.__xss='xss" + n
				+ "'>xss" + n + ":[[${7*7}]]:{{7*7}}";
	}

	private static String plausible(Element field, String name, String type) {
		LocalDate soon = LocalDate.now().plusDays(3);
		Element hint = field.ownerDocument() == null ? null
				: field.ownerDocument().getElementById(field.id() + "-hint");
		if (hint != null) {
			Matcher example = EXAMPLE.matcher(hint.text());
			if (example.find()) {
				return example.group(1).replaceFirst("\\.$", "");
			}
		}
		if (name.equals("latitude")) {
			return "52.7245";
		}
		if (name.equals("longitude")) {
			return "-1.2069";
		}
		if (type.equals("date")) {
			return soon.toString();
		}
		if (type.equals("time") || name.contains("time")) {
			return name.contains("end") ? "20:00" : "18:30";
		}
		if (name.endsWith("day")) {
			return String.valueOf(soon.getDayOfMonth());
		}
		if (name.endsWith("month")) {
			return String.valueOf(soon.getMonthValue());
		}
		if (name.endsWith("year")) {
			return String.valueOf(soon.getYear());
		}
		if (name.contains("date") || name.endsWith("on") || name.contains("until")) {
			return LocalDate.now().minusDays(1).toString();
		}
		if (type.equals("email") || name.contains("email")) {
			return "sweep@example.org";
		}
		if (type.equals("url") || name.contains("url") || name.contains("website") || name.endsWith("link")) {
			return "https://example.org/sweep";
		}
		if (name.contains("postcode")) {
			return "LE1 6ZG";
		}
		if (type.equals("number") || "numeric".equals(field.attr("inputmode"))
				|| "decimal".equals(field.attr("inputmode")) || NUMBERS.matcher(name).find()) {
			return "1";
		}
		if (!field.val().isBlank()) {
			return field.val();
		}
		return "1";
	}

	// ---- Checks

	private void check(SiteCrawler crawler, SiteCrawler.Response page, Sweep s) {
		s.pagesChecked.add(page.path());
		String text = page.text();
		if (!page.isHtml()) {
			if (page.contentType().contains("svg") && text.contains("<script>window.__xss")) {
				s.problems.add(page.path() + ": SVG with a payload script");
			}
			return;
		}
		Document document = page.document(crawler.baseUrl());
		String where = page.path() + " (" + page.status() + ")";
		int before = s.problems.size();
		for (Element element : document.getAllElements()) {
			if (element.tagName().matches("xss\\d+")) {
				s.problems.add(where + ": payload became an element: " + outer(element));
			}
			if (element.tagName().equals("script") && element.data().contains("__xss")) {
				s.problems.add(where + ": payload became a script: " + outer(element));
			}
			if (element.tagName().equals("img") && element.attr("src").equals("x")) {
				s.problems.add(where + ": payload became an image: " + outer(element));
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
				if (key.startsWith("on") || key.contains("xss") || key.contains("'") || key.contains("\"")
						|| key.contains("<")) {
					s.problems.add(where + ": payload became an attribute '" + key + "': " + outer(element));
				}
				if (URL_ATTRIBUTES.contains(key) && value.startsWith("javascript:")) {
					s.problems.add(where + ": payload became a javascript: URL: " + outer(element));
				}
				if (EVALUATED.matcher(attribute.getValue()).find()) {
					s.problems.add(where + ": template expression evaluated in attribute: " + outer(element));
				}
			}
		}
		String visible = document.text();
		Matcher evaluated = EVALUATED.matcher(visible);
		if (evaluated.find()) {
			s.problems.add(where + ": template expression evaluated: " + evaluated.group());
		}
		name(s, before);
		Matcher marker = MARKER.matcher(visible);
		boolean any = false;
		while (marker.find()) {
			s.markersSeen.add(Integer.parseInt(marker.group(1)));
			any = true;
		}
		if (any && page.status() == 200 && page.method().equals("GET") && !page.path().contains("?")) {
			s.pagesWithPayloads.add(page.path());
		}
	}

	private static String outer(Element element) {
		String html = element.outerHtml();
		return html.length() > 200 ? html.substring(0, 200) + "…" : html;
	}

	/** The problems with the form fields their payloads came from. */
	private static void name(Sweep s, int before) {
		for (int i = before; i < s.problems.size(); i++) {
			Matcher marker = MARKER.matcher(s.problems.get(i));
			Set<String> fields = new LinkedHashSet<>();
			while (marker.find()) {
				String field = s.payloads.get(Integer.parseInt(marker.group(1)));
				if (field != null) {
					fields.add(field);
				}
			}
			if (!fields.isEmpty()) {
				s.problems.set(i, s.problems.get(i) + " [from " + String.join("; ", fields) + "]");
			}
		}
	}

}
