package org.nmhub.places;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NeighbourhoodAreaBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void realLsoas() throws Exception {
		Set<String> codes = new HashSet<>(LsoaFixtures.GREENHILL_2011);
		LsoaFixtures.load2011(jdbc, codes);
	}

	@Test
	void neighbourhoodManagerDrawsGreenhillFromItsLsoas() {
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill");
		browser.driver().findElement(By.linkText("Draw the area")).click();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		field("lsoaCodes").sendKeys("E01025932\nE01025933");
		field("reason").sendKeys("Greenhill ward's two LSOAs, as the NAT covers them");
		browser.press("Save as a new version");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("has been saved as a new version");
		assertThat(browser.text("[data-vintage='2011'] h3")).startsWith("2 LSOAs of 2011");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void unknownCodeIsShownInTheErrorSummaryLinkedToTheField() {
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/area");
		field("lsoaCodes").clear();
		field("lsoaCodes").sendKeys("E01099999");
		field("reason").sendKeys("A typing mistake");
		browser.press("Save as a new version");

		assertThat(browser.text(".govuk-error-summary")).contains("E01099999 is not 2011 LSOA");
		assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getDomAttribute("href"))
			.isEqualTo("#lsoaCodes");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void partnerOfficerSeesTheAreaButNoWayToRedrawIt() {
		browser.signIn(DemoUsers.email("partner", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill");
		assertThat(browser.driver().findElements(By.linkText("Draw the area"))).isEmpty();
	}

	@Test
	void administratorAddsANeighbourhoodAndRecordsADesignationOfIt() {
		browser.signIn(DemoUsers.email("administrator", DemoUsers.CITY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.CITY + "/neighbourhoods");
		browser.driver().findElement(By.linkText("Add a neighbourhood")).click();
		browser.press("Add the neighbourhood");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the neighbourhood's name",
				"Select the district");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		field("name").sendKeys("Eyres Monsell");
		new org.openqa.selenium.support.ui.Select(field("districtId")).selectByVisibleText("Leicester");
		browser.press("Add the neighbourhood");
		assertThat(browser.currentPath()).isEqualTo("/p/" + DemoUsers.CITY + "/neighbourhoods/eyres-monsell/area");

		browser.open("/p/" + DemoUsers.CITY + "/designations/new");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		field("name").sendKeys("Browser test designation");
		field("designatedOn").sendKeys("01042026");
		field("reason").sendKeys("Recorded by a browser test");
		browser.driver().findElement(By.xpath("//label[normalize-space()='Eyres Monsell (Leicester)']")).click();
		browser.press("Record the designation");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("Browser test designation");
		assertThat(browser.text("[data-designation='browser-test-designation']")).contains("Eyres Monsell");
	}

	private static WebElement field(String id) {
		return browser.driver().findElement(By.id(id));
	}

}
