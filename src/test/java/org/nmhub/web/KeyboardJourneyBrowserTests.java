package org.nmhub.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The main tasks done with the keyboard alone: TAB, SHIFT, ENTER, SPACE, arrows and
 * typing, sent through Selenium's {@link Actions}, never a click. Every element that TAB
 * lands on must show where the focus is: an outline or a box shadow in its computed style
 * (for GOV.UK radios and checkboxes, on the label's drawn box).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeyboardJourneyBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String COUNTY = "/p/" + DemoUsers.COUNTY;

	/** More than any page here has before its last field. */
	private static final int MAX_TABS = 200;

	private static final String FOCUS_INDICATOR = """
			const el = arguments[0];
			const shows = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
			    && s.outlineColor !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(s.outlineColor))
			  || (s.boxShadow && s.boxShadow !== 'none');
			if (shows(getComputedStyle(el))) return true;
			// A date field's last stop is Chromium's own calendar button, inside the field's
			// user-agent shadow tree: the browser draws its focus ring, and the field itself no
			// longer matches :focus.
			if (el.matches('input[type=date]') && !el.matches(':focus')) return true;
			if (el.matches('.govuk-radios__input, .govuk-checkboxes__input') && el.labels.length > 0) {
			  const label = el.labels[0];
			  return shows(getComputedStyle(label, '::before')) || shows(getComputedStyle(label, '::after'));
			}
			return false;
			""";

	@Test
	void signsInWithTheKeyboard() {
		signIn("manager");

		assertThat(browser.currentPath()).isNotEqualTo("/sign-in");
		assertThat(browser.text("[data-testid=signed-in-as]")).contains("Neighbourhood manager");
	}

	@Test
	void skipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
		browser.open("/sign-in");

		WebElement skip = tab("the skip link", e -> true);
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		press(Keys.ENTER);

		assertThat(active().getAttribute("id")).isEqualTo("main-content");
		WebElement next = tab("the first stop in the main content", e -> true);
		assertThat(isInsideMain(next)).as("the stop after the skip link is inside <main>").isTrue();
	}

	@Test
	void managerLogsCommunityIntelligence() {
		signIn("manager");
		browser.open(COUNTY + "/intelligence");
		follow("the link to record an item", e -> hrefEndsWith(e, "/intelligence/new"));
		String title = "Needles found in the play area (keyboard " + UUID.randomUUID().toString().substring(0, 6) + ")";

		choose("kind", "Concern");
		choose("category", "Safer communities");
		tab("Short description", e -> "title".equals(e.getAttribute("id")));
		type(title);
		choose("sourceType", "Resident");
		tab("Address or place", e -> "addressText".equals(e.getAttribute("id")));
		type("Greenhill Road play area");
		choose("neighbourhood", "Greenhill");
		WebElement grade = tab("the first confidentiality grade", e -> "grade".equals(e.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(grade.isSelected()).as("SPACE chose the grade").isTrue();
		submit("Record the item");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("Recorded as CI-");
		assertThat(browser.text("[data-testid=item-title]")).isEqualTo(title);
	}

	@Test
	void managerRecordsProgressOnAPlanAction() {
		signIn("manager");
		browser.open(COUNTY + "/plans");
		follow("the Greenhill plan", e -> e.getTagName().equals("a") && e.getText().contains("Greenhill"));
		String action = actionStillInProgress();
		follow("the action still in progress",
				e -> e.getTagName().equals("a") && action.equals(e.getAttribute("href")));
		String narrative = "Walked the estate with residents (keyboard " + UUID.randomUUID().toString().substring(0, 6)
				+ ")";

		WebElement rag = tab("How is it going?", e -> "rag".equals(e.getAttribute("name")));
		press(Keys.SPACE);
		assertThat(rag.isSelected()).as("SPACE chose a rating").isTrue();
		tab("Per cent complete", e -> "percentComplete".equals(e.getAttribute("id")));
		type("40");
		tab("What has happened", e -> "narrative".equals(e.getAttribute("id")));
		type(narrative);
		submit("Record progress");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("Progress has been recorded");
		assertThat(browser.text("[data-testid=progress]")).contains(narrative);
	}

	@Test
	void partnerOfficerSubmitsAPerformanceReturn() {
		signIn("partner");
		browser.open(COUNTY + "/performance");
		follow("the RG7 indicator", e -> e.getTagName().equals("a") && e.getText().startsWith("RG7"));
		// Another test submits Q3 2007/08's return; this one takes a different period.
		follow("a return", e -> e.getTagName().equals("a") && e.getText().startsWith("Return for")
				&& !e.getText().contains("Q3 2007/08"));

		tab("Actual value", e -> "actual".equals(e.getAttribute("id")));
		type("17");
		tab("Commentary", e -> "commentary".equals(e.getAttribute("id")));
		type("Counted from the keyboard journey");
		submit("Submit the return");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("submitted for approval");
		assertThat(browser.text("[data-testid=awaiting]")).contains("RG7", "17");
	}

	/**
	 * The address of an action of the plan shown whose progress the user may still record
	 * (not complete). Found by opening each action, as if typing its address; the plan is
	 * shown again afterwards.
	 */
	private static String actionStillInProgress() {
		WebDriver driver = browser.driver();
		String plan = browser.currentPath();
		List<String> actions = driver.findElements(By.cssSelector("main a[href*='/actions/']"))
			.stream()
			.map(a -> a.getAttribute("href"))
			.filter(href -> href.matches(".*/plans/\\d+/actions/\\d+$"))
			.distinct()
			.toList();
		String found = null;
		for (String href : actions) {
			driver.get(href);
			if (!driver.findElements(By.id("percentComplete")).isEmpty()) {
				found = href;
				break;
			}
		}
		browser.open(plan);
		assertThat(found).as("an action of " + plan + " still in progress").isNotNull();
		return found;
	}

	private void signIn(String role) {
		browser.open("/sign-in");
		tab("Email address", e -> "email".equals(e.getAttribute("id")));
		type(DemoUsers.email(role, DemoUsers.COUNTY));
		tab("Password", e -> "password".equals(e.getAttribute("id")));
		type(DemoUsers.PASSWORD);
		submit("Sign in");
		assertThat(browser.currentPath()).as(role + " signed in").isNotEqualTo("/sign-in");
	}

	/** Moves to a select with TAB and picks an option by typing its first letters. */
	private void choose(String id, String option) {
		WebElement select = tab(id, e -> id.equals(e.getAttribute("id")));
		type(option);
		assertThat(new Select(select).getFirstSelectedOption().getText()).as(id).isEqualTo(option);
	}

	/** Moves to a link with TAB, follows it with ENTER and waits for the next page. */
	private void follow(String description, Predicate<WebElement> link) {
		WebElement target = tab(description, link);
		press(Keys.ENTER);
		waitUntilGone(target);
	}

	/** Moves to the button with TAB, presses ENTER and waits for the next page. */
	private void submit(String buttonText) {
		WebElement button = tab(buttonText,
				e -> e.getTagName().equals("button") && e.getText().trim().equals(buttonText));
		press(Keys.ENTER);
		waitUntilGone(button);
	}

	/**
	 * Presses TAB until the focused element matches, asserting at every stop that the
	 * focus can be seen.
	 */
	private WebElement tab(String description, Predicate<WebElement> target) {
		for (int i = 0; i < MAX_TABS; i++) {
			press(Keys.TAB);
			WebElement focused = active();
			if (focused.getTagName().equals("body")) {
				fail("TAB went past the end of " + browser.currentPath() + " without reaching " + description);
			}
			assertThat((Boolean) js().executeScript(FOCUS_INDICATOR, focused))
				.as("focus is visible on " + describe(focused) + " on " + browser.currentPath())
				.isTrue();
			if (target.test(focused)) {
				return focused;
			}
		}
		return fail("TAB never reached " + description + " on " + browser.currentPath());
	}

	private static void press(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private static void type(String text) {
		new Actions(browser.driver()).sendKeys(text).perform();
	}

	private static WebElement active() {
		return browser.driver().switchTo().activeElement();
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

	private static boolean hrefEndsWith(WebElement element, String suffix) {
		return element.getTagName().equals("a") && String.valueOf(element.getAttribute("href")).endsWith(suffix);
	}

	private static boolean isInsideMain(WebElement element) {
		return (Boolean) js().executeScript("return arguments[0].closest('main') !== null", element);
	}

	private static String describe(WebElement element) {
		return "<" + element.getTagName() + " id=\"" + element.getAttribute("id") + "\">"
				+ element.getText().lines().findFirst().orElse("");
	}

	private static void waitUntilGone(WebElement element) {
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
		wait.until((WebDriver d) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				return String.valueOf(ex.getMessage()).contains("does not belong to the document");
			}
		});
		wait.until((WebDriver d) -> "complete".equals(js().executeScript("return document.readyState")));
	}

}
