package org.nmhub.partners;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BodiesBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void structureDiagramShowsTheSsogUnderTheBoardWithATextEquivalent() {
		browser.signIn(DemoUsers.email("board", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/partners");
		browser.driver().findElement(By.linkText("See how it all fits together")).click();

		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=structure-diagram] svg rect")))
			.hasSizeGreaterThan(40);
		assertThat(browser.texts("[data-testid=structure-text] li"))
			.contains("Strategic Senior Officer Group (SSOG) (Sub-group) – reports to Leicestershire Together Board");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		new Select(browser.driver().findElement(By.id("district"))).selectByVisibleText("North West Leicestershire");
		browser.press("Show");
		assertThat(browser.texts("[data-testid=structure-text] h3")).containsExactly("North West Leicestershire");
		assertThat(browser.text("[data-testid=structure-diagram]")).contains("Greenhill NAT");

		browser.open("/p/" + DemoUsers.COUNTY + "/partners");
		browser.driver().findElement(By.linkText("Strategic Senior Officer Group (SSOG)")).click();
		assertThat(browser.text("h1")).isEqualTo("Strategic Senior Officer Group (SSOG)");
		assertThat(browser.texts("[data-testid=body-members] li")).isNotEmpty();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void coordinatorAddsANatForTheirDistrictAndSeesItInTheStructure() {
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/bodies/new");
		browser.press("Add the body");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the body's name", "Select the kind of body");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.id("name")).sendKeys("Hugglescote NAT");
		new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Neighbourhood Action Team");
		new Select(browser.driver().findElement(By.id("district"))).selectByVisibleText("North West Leicestershire");
		new Select(browser.driver().findElement(By.id("reportsToId")))
			.selectByVisibleText("North West Leicestershire District LSP");
		browser.driver().findElement(By.id("members")).sendKeys("Police\nNorth West Leicestershire District Council");
		browser.press("Add the body");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("Hugglescote NAT has been added");
		assertThat(browser.texts("[data-testid=structure-text] li")).contains(
				"Hugglescote NAT (Neighbourhood Action Team) – reports to North West Leicestershire District LSP");
	}

	@Test
	void coordinatorCannotAddABodyToAnotherDistrict() {
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/bodies/new");
		browser.driver().findElement(By.id("name")).sendKeys("Blaby JAG");
		new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Joint Action Group");
		new Select(browser.driver().findElement(By.id("district"))).selectByVisibleText("Blaby");
		browser.press("Add the body");
		assertThat(browser.text(".govuk-error-summary")).contains("You can add bodies to your own district only");
	}

}
