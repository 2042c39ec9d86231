package org.nmhub.plans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's whole life in the browser: the manager writes it (and is told what is wrong),
 * records the NAT's agreement, the police officer who leads an action finds it under My
 * actions and records progress, and a resident reads the agreed plan without signing in.
 * Every page is scanned with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlansBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String BASE = "/p/" + DemoUsers.COUNTY;

	private WebDriver driver() {
		return browser.driver();
	}

	private void type(String id, String text) {
		driver().findElement(By.id(id)).clear();
		driver().findElement(By.id(id)).sendKeys(text);
	}

	private void select(String id, String visibleText) {
		new Select(driver().findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	private void choose(String label) {
		driver().findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
	}

	private void follow(String linkText) {
		driver().findElement(By.partialLinkText(linkText)).click();
	}

	private void accessible() {
		BrowserSupport.assertNoSeriousAccessibilityViolations(driver());
	}

	@Test
	void aPlanIsWrittenAgreedDeliveredAndReadByResidents() {
		String title = PlanFixtures.unique("Greenhill plan from the browser");
		String action = PlanFixtures.unique("Youth shelter consultation");

		browser.signIn(PlanFixtures.MANAGER, DemoUsers.PASSWORD);
		browser.open(BASE + "/plans");
		assertThat(browser.texts("[data-testid=plans] td a")).contains(
				"Greenhill Neighbourhood Action Plan 2008 to 2011",
				"County neighbourhood-management action plan 2009 to 2012");
		accessible();
		follow("Start a plan");
		browser.press("Start the plan");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the plan's title",
				"Enter the date the plan starts");
		accessible();
		choose("Neighbourhood Action Plan");
		select("neighbourhoodId", "Greenhill (North West Leicestershire)");
		type("title", title);
		type("startsOn", "2010-04-01");
		type("endsOn", "2013-03-31");
		select("reviewMonth", "April");
		browser.press("Start the plan");
		assertThat(browser.text("h1")).isEqualTo(title);
		assertThat(browser.text("[data-testid=plan-status]")).isEqualTo("Draft");
		accessible();

		follow("Add a priority");
		type("title", "Somewhere for young people to go");
		choose("The person");
		select("laaTheme", "Children and Young People");
		select("evidenceKind", "Engagement feedback");
		type("evidenceLabel", "Residents' top priority at the Neighbourhood Forum");
		accessible();
		browser.press("Add the priority");
		assertThat(browser.text("[data-testid=unbacked]")).contains("Somewhere for young people to go");

		follow("Add an action");
		type("title", action);
		select("leadOrganisationId", "Police");
		select("leadOfficerUserId", "Demo partner officer (Police) (Police)");
		type("startsOn", "2010-06-01");
		type("dueOn", "2010-05-01");
		type("resourcesAmount", "-250");
		browser.press("Add the action");
		assertThat(browser.text(".govuk-error-summary"))
			.contains("The due date must be the same as or after the start date", "The resources cannot be negative");
		accessible();
		type("dueOn", "2010-09-30");
		type("resourcesAmount", "2500");
		choose("In kind");
		type("resourcesSource", "Police neighbourhood team time");
		type("successMeasure", "A shelter site agreed with residents and young people");
		browser.press("Add the action");
		assertThat(browser.texts("[data-testid=action] h4")).anyMatch(h -> h.contains(action));
		assertThat(driver().findElements(By.cssSelector("[data-testid=unbacked]"))).isEmpty();

		browser.press("Submit for agreement");
		assertThat(browser.text("[data-testid=plan-status]")).isEqualTo("Submitted for agreement");
		follow("Record the agreement");
		select("bodyId", "Greenhill NAT");
		type("date", "2010-04-15");
		accessible();
		browser.press("Record the agreement");
		assertThat(browser.text("[data-testid=plan-status]")).isEqualTo("Agreed");
		assertThat(browser.text("[data-testid=agreement]")).startsWith("Agreed by Greenhill NAT on 15 April 2010");
		accessible();

		browser.signIn(PlanFixtures.PARTNER, DemoUsers.PASSWORD);
		browser.open(BASE + "/my-actions");
		accessible();
		follow(action);
		choose("Green – On track");
		type("percentComplete", "50");
		type("narrative", "Two sites walked with residents and the youth council");
		browser.press("Record progress");
		assertThat(browser.text("[data-testid=percent]")).isEqualTo("50% complete");
		assertThat(browser.text("[data-testid=progress]")).contains("Two sites walked with residents");
		accessible();

		driver().manage().deleteAllCookies();
		browser.open("/public/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/plan");
		assertThat(browser.text("h1")).isEqualTo("What is being done in Greenhill");
		assertThat(browser.text("[data-testid=public-agreed]")).startsWith("Agreed by Greenhill NAT on 15 April 2010");
		String page = browser.text("main");
		assertThat(page).contains("Somewhere for young people to go", action, "Who: Police", "50% done")
			.doesNotContain("Demo partner officer", "Two sites walked", "Residents' top priority");
		assertThat(driver().findElements(By.cssSelector("[data-testid=signed-in-as]"))).isEmpty();
		accessible();
	}

	@Test
	void aPartnerOfficerCannotChangeAPlanOrAnActionTheyDoNotLead() {
		browser.signIn(PlanFixtures.PARTNER, DemoUsers.PASSWORD);
		browser.open(BASE + "/plans");
		assertThat(driver().findElements(By.partialLinkText("Start a plan"))).isEmpty();
		follow("Melton Neighbourhood Action Plan 2008 to 2011");
		assertThat(driver().findElements(By.xpath("//button[normalize-space()='Start a new version']"))).isEmpty();
		driver().findElement(By.xpath("//div[@data-testid='action'][.//h4[contains(., 'Youth activities')]]"
				+ "//a[starts-with(normalize-space(.), 'Progress')]"))
			.click();
		assertThat(browser.text("h1")).isEqualTo("Youth activities on the Egerton and Fairmead estates");
		assertThat(driver().findElements(By.id("narrative"))).isEmpty();
		accessible();
	}

}
