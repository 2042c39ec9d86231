package org.nmhub.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmhub.BrowserSupport;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.BrowserSupport.assertNoSeriousAccessibilityViolations;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds no serious or critical problem on any
 * page, as a visitor and as the Leicestershire administrator, who sees the most pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	static final String ADMINISTRATOR = "administrator@leicestershire-together.example";

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/sign-in", "/about", "/accessibility" })
	void publicPageHasNoSeriousAccessibilityProblems(String path) {
		browser.open(path);

		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.text("h1")).isNotBlank();
		assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void signInPageWithErrorHasNoSeriousAccessibilityProblems() {
		browser.signIn(ADMINISTRATOR, "not-the-password");

		assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct email address and password");
		assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void pageNotFoundHasNoSeriousAccessibilityProblems() {
		browser.open("/public/no-such-page");

		assertThat(browser.text("h1")).isEqualTo("Page not found");
		assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/p/leicestershire-together", "/p/leicestershire-together/neighbourhoods",
			"/p/leicestershire-together/neighbourhoods/greenhill", "/p/leicestershire-together/partners",
			"/p/leicestershire-together/members", "/p/leicestershire-together/audit",
			"/p/leicestershire-together/settings", "/account/password" })
	void administratorsPageHasNoSeriousAccessibilityProblems(String path) {
		browser.signIn(ADMINISTRATOR, SignInBrowserTests.DEMO_PASSWORD);

		browser.open(path);

		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.text("h1")).isNotBlank()
			.isNotEqualTo("Page not found")
			.isNotEqualTo("You do not have permission to see this page");
		assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void settingsFormWithErrorHasNoSeriousAccessibilityProblems() {
		browser.signIn(ADMINISTRATOR, SignInBrowserTests.DEMO_PASSWORD);
		browser.open("/p/leicestershire-together/settings");
		browser.driver().findElement(By.id("name")).clear();

		browser.press("Save");

		assertThat(browser.text(".govuk-error-summary")).contains("Enter the partnership's name");
		assertThat(browser.text("#name-error")).contains("Enter the partnership's name");
		assertNoSeriousAccessibilityViolations(browser.driver());
	}

}
