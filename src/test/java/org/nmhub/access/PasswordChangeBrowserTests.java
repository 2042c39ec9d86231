package org.nmhub.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change-password page refuses a password the policy does not allow with the GOV.UK
 * error summary linked to the field and the message beside it, and changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PasswordChangeBrowserTests {

	private static final String MANAGER = DemoUsers.email("manager", DemoUsers.CITY);

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesACommonPasswordAndTheirPartnershipsNameNamingTheField() {
		String hashBefore = hash();
		browser.signIn(MANAGER, DemoUsers.PASSWORD);
		assertThat(browser.currentPath()).doesNotContain("error");

		String tooCommon = "Your new password is too common. Choose one that is harder to guess, "
				+ "such as three random words";
		change("Password1234!");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem").contains(tooCommon);
		assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
			.endsWith("#newPassword");
		assertThat(browser.text("#newPassword-error")).isEqualToNormalizingWhitespace("Error: " + tooCommon);
		assertThat(browser.driver().findElement(By.id("newPassword")).getAttribute("aria-describedby"))
			.contains("newPassword-error");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		change("Leicester Partnership 2026");
		assertThat(browser.text("#newPassword-error")).isEqualToNormalizingWhitespace(
				"Error: Your new password must not be your email address or your partnership's name");

		change("short one");
		assertThat(browser.text("#newPassword-error"))
			.isEqualToNormalizingWhitespace("Error: Your new password must be at least 12 characters");
		assertThat(hash()).as("nothing was changed").isEqualTo(hashBefore);
	}

	private void change(String newPassword) {
		browser.open("/account/password");
		browser.driver().findElement(By.id("currentPassword")).sendKeys(DemoUsers.PASSWORD);
		browser.driver().findElement(By.id("newPassword")).sendKeys(newPassword);
		browser.driver().findElement(By.id("confirmPassword")).sendKeys(newPassword);
		browser.press("Change password");
	}

	private String hash() {
		return jdbc.sql("select password_hash from users where email = :e")
			.param("e", MANAGER)
			.query(String.class)
			.single();
	}

}
