package org.nmhub;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for the {@code *BrowserTests} of one test class, pointed at the
 * application that {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} started.
 * Register it with {@code @RegisterExtension static final BrowserSupport browser = new
 * BrowserSupport();}. Every test starts signed out (cookies are cleared); the browser
 * quits after the class.
 * <p>
 * Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the class is skipped
 * with a message, unless {@code NMHUB_REQUIRE_BROWSER=1}, when it fails instead.
 */
public final class BrowserSupport implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

	/** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private ChromeDriver driver;

	private Path profile;

	private String baseUrl;

	private String skipReason;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter(file -> !file.canExecute())
			.map(File::getPath)
			.collect(Collectors.joining(" and "));
		if (!missing.isEmpty()) {
			String reason = "Browser tests need " + missing + " (apt-get install -y chromium chromium-driver)";
			if ("1".equals(System.getenv("NMHUB_REQUIRE_BROWSER"))) {
				Assertions.fail(reason + ", and NMHUB_REQUIRE_BROWSER=1 requires them.");
			}
			System.out.println("Skipping " + context.getDisplayName() + ": " + reason + ".");
			this.skipReason = reason;
			return;
		}
		// The same property that @LocalServerPort reads.
		int port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		this.baseUrl = "http://localhost:" + port;
		this.profile = Files.createTempDirectory("nmhub-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + this.profile, "--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(PAGE_WAIT);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(this.skipReason == null, this.skipReason);
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application, such as {@code /sign-in}, and waits for it. */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
		waitForPage();
	}

	/** The path (and query) of the page the browser shows. */
	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/** Signs in on the sign-in page, whether or not the details are right. */
	public void signIn(String email, String password) {
		open("/sign-in");
		this.driver.findElement(By.id("email")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		press("Sign in");
	}

	/** Presses the button with this text and waits for the page it leads to. */
	public void press(String buttonText) {
		WebElement button = this.driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
		button.click();
		new WebDriverWait(this.driver, PAGE_WAIT).until((WebDriver d) -> isGone(button));
		waitForPage();
	}

	/** The visible text of the first element matching this CSS selector. */
	public String text(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector)).getText();
	}

	/** The visible text of every element matching this CSS selector. */
	public List<String> texts(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
	}

	/**
	 * Runs axe-core on the page the browser shows, for WCAG 2.0, 2.1 and 2.2 A and AA,
	 * and fails listing every serious or critical violation (rule, impact and elements).
	 */
	public static void assertNoSeriousAccessibilityViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver);
		if (results.isErrored()) {
			Assertions.fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!serious.isEmpty()) {
			Assertions
				.fail(serious.size() + " serious or critical accessibility violation(s) on " + driver.getCurrentUrl()
						+ ":\n" + serious.stream().map(BrowserSupport::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at "
				+ rule.getNodes()
					.stream()
					.map(node -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining("\n    at "));
	}

	/**
	 * Whether an element has left the page. Chromium sometimes reports a node of the page
	 * just navigated away from as "does not belong to the document" rather than stale.
	 */
	public static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private void waitForPage() {
		new WebDriverWait(this.driver, PAGE_WAIT).until((WebDriver d) -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

}
