package org.nmhub.intelligence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser: recording an engagement activity, recording intelligence, responding to
 * it and closing it, and seeing it on the neighbourhood's public page only when it is
 * public; a resident's report through the public form. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IntelligenceBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String COUNTY = "/p/" + DemoUsers.COUNTY;

	private static final String PUBLIC_PAGE = "/public/" + DemoUsers.COUNTY
			+ "/neighbourhoods/greenhill/you-said-we-did";

	private void type(String id, String text) {
		browser.driver().findElement(By.id(id)).sendKeys(text);
	}

	private void date(String id, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id(id)), isoDate);
	}

	private void choose(String id, String visibleText) {
		new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	private void axe() {
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void managerRecordsAnEngagementActivityAndSeesItsReach() {
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(COUNTY + "/engagement");
		axe();
		browser.driver().findElement(By.linkText("Record an activity")).click();
		browser.press("Record the activity");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter a name for the activity",
				"Select the level of engagement");
		axe();
		type("title", "Greenhill photography project (browser test)");
		date("heldOn", "2008-08-09");
		choose("neighbourhood", "Greenhill");
		choose("method", "Photography project");
		browser.driver().findElement(By.id("level-INVOLVE")).click();
		type("attending", "14");
		type("count-AGE-UNDER_16", "9");
		type("count-AGE-AGED_16_59", "5");
		type("count-GROUP-young-people", "9");
		type("feedbackGiven", "Exhibition of the photographs at the library");
		browser.press("Record the activity");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("The activity has been recorded");
		assertThat(browser.text("h1")).isEqualTo("Greenhill photography project (browser test)");
		assertThat(browser.texts("[data-testid=counts] td")).contains("Young people", "9");
		axe();

		browser.open(COUNTY + "/engagement/reach?neighbourhood=greenhill");
		assertThat(browser.text("[data-testid=reach-chart] svg title")).isNotNull();
		assertThat(browser.texts("[data-testid=ladder] th")).anyMatch(t -> t.startsWith("Involve"));
		axe();
		browser.open(COUNTY + "/engagement/surveys");
		axe();
	}

	@Test
	void aPublicItemRespondedToAndClosedAppearsOnThePublicPageAndAPartnersItemDoesNot() {
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		String publicTitle = record("Broken streetlights on the estate (browser test)", "Public");
		browser.press("Record the response");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the response");
		axe();
		type("text-respond", "Reported to the county council's highways team");
		browser.press("Record the response");
		assertThat(browser.text("[data-testid=responses]")).contains("Reported to the county council's highways team");
		type("text-close", "All six streetlights repaired");
		browser.press("Close the item");
		assertThat(browser.text("[data-testid=item-status]")).isEqualTo("Closed");
		assertThat(browser.text("[data-testid=item-outcome]")).isEqualTo("All six streetlights repaired");

		String partnersTitle = record("Drug dealing suspected behind the shops (browser test)", "Partners");
		type("text-close", "Passed to the police; patrols increased");
		browser.press("Close the item");

		browser.open(COUNTY + "/intelligence");
		assertThat(browser.text("[data-testid=items]")).contains(publicTitle, partnersTitle);
		axe();
		browser.open(COUNTY + "/intelligence/hotspots");
		axe();

		browser.press("Sign out");
		browser.open(PUBLIC_PAGE);
		assertThat(browser.text("[data-testid=outcomes]")).contains(publicTitle, "All six streetlights repaired")
			.doesNotContain(partnersTitle)
			.doesNotContain("Passed to the police");
		axe();
	}

	private String record(String title, String grade) {
		browser.open(COUNTY + "/intelligence/new");
		axe();
		choose("kind", "Concern");
		choose("category", "Safer communities");
		type("title", title);
		choose("sourceType", "Resident");
		type("addressText", "Greenhill Road");
		choose("neighbourhood", "Greenhill");
		browser.driver()
			.findElement(By.xpath("//label[normalize-space()='" + grade + "']/preceding-sibling::input"))
			.click();
		browser.press("Record the item");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("Recorded as CI-");
		assertThat(browser.text("[data-testid=item-title]")).isEqualTo(title);
		axe();
		return title;
	}

	@Test
	void aResidentTellsUsWithoutSigningInAndGetsAReference() {
		browser.open("/public/" + DemoUsers.COUNTY + "/tell-us");
		axe();
		browser.press("Send");
		assertThat(browser.text(".govuk-error-summary")).contains("Select your neighbourhood");
		axe();
		choose("neighbourhood", "Greenhill");
		choose("category", "Cleaner and greener");
		type("title", "Fly-tipping by the canal (browser test)");
		browser.press("Send");
		assertThat(browser.text("[data-testid=reference]")).startsWith("CI-");
		axe();
		browser.open(PUBLIC_PAGE);
		assertThat(browser.driver().getPageSource()).doesNotContain("Fly-tipping by the canal (browser test)");
	}

}
