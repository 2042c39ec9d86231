package org.nmhub.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnershipSettingsBrowserTests {

	static final String DEMO_PASSWORD = "demo-Partnership-2026";

	static final String SETTINGS = "/p/leicestershire-together/settings";

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private String originalDescription;

	@Test
	void administratorChangesTheDescriptionAndTheAuditLogRecordsIt() {
		browser.signIn("administrator@leicestershire-together.example", DEMO_PASSWORD);
		browser.open(SETTINGS);
		this.originalDescription = description().getDomProperty("value");
		String changed = "Leicestershire's county-wide partnership, described by a browser test.";

		saveDescription(changed);

		assertThat(browser.text(".govuk-notification-banner--success"))
			.contains("The partnership's details have been saved");
		assertThat(description().getDomProperty("value")).isEqualTo(changed);

		browser.open("/p/leicestershire-together/audit");

		assertThat(browser.texts("[data-testid=audit-entries] tbody tr:first-child td")).satisfies(newest -> {
			assertThat(newest.get(1)).isEqualTo("Demo partnership administrator");
			assertThat(newest.get(2)).isEqualTo("Changed the partnership's details");
			assertThat(newest.get(5)).contains(changed);
		});
	}

	@Test
	void boardMemberNeitherSeesNorOpensTheSettings() {
		browser.signIn("board@leicestershire-together.example", DEMO_PASSWORD);

		assertThat(browser.texts(".govuk-service-navigation__list a")).isNotEmpty().doesNotContain("Settings");

		browser.open(SETTINGS);

		assertThat(browser.text("h1")).isEqualTo("You do not have permission to see this page");
		assertThat(browser.driver().findElements(By.id("description"))).isEmpty();
	}

	@AfterEach
	void restoreTheOriginalDescription() {
		if (this.originalDescription == null) {
			return;
		}
		browser.driver().manage().deleteAllCookies();
		browser.signIn("administrator@leicestershire-together.example", DEMO_PASSWORD);
		browser.open(SETTINGS);
		saveDescription(this.originalDescription);
		assertThat(description().getDomProperty("value")).isEqualTo(this.originalDescription.trim());
	}

	private static WebElement description() {
		return browser.driver().findElement(By.id("description"));
	}

	private static void saveDescription(String text) {
		description().clear();
		description().sendKeys(text);
		browser.press("Save");
	}

}
