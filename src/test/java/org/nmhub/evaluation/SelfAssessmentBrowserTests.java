package org.nmhub.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SelfAssessmentBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorCompletesTheDistrictsSelfAssessmentAndAnotherDistrictPeerReviewsIt() {
		jdbc.sql("delete from self_assessments where scope_key = 'E07000134' and year_starting = 2008").update();
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/evaluation");
		new Select(browser.driver().findElement(By.id("scope")))
			.selectByVisibleText("District: North West Leicestershire");
		new Select(browser.driver().findElement(By.id("year"))).selectByVisibleText("2008/09");
		browser.press("Start the self-assessment");

		assertThat(browser.text("h1")).isEqualTo("North West Leicestershire");
		assertThat(browser.texts("[data-testid=prefilled-LOCAL_PARTNERSHIP] li"))
			.anyMatch(fact -> fact.startsWith("Greenhill NAT"));
		assertThat(browser.text("[data-testid=prefilled-NEIGHBOURHOOD_MANAGER]")).contains("District coordinator:");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		// Submitting with a weak score and no improvement action, and elements unscored,
		// is refused.
		browser.driver().findElement(By.id("score-RESIDENT_INVOLVEMENT-2")).click();
		browser.press("Submit the self-assessment");
		assertThat(browser.texts(".govuk-error-summary__list li"))
			.contains("Resident involvement: describe an improvement action for this weak score")
			.contains("Quality information: choose a score before submitting");
		assertThat(browser.driver().findElement(By.id("score-RESIDENT_INVOLVEMENT-2")).isSelected())
			.as("what was chosen is kept")
			.isTrue();

		for (Element e : Element.values()) {
			if (e != Element.RESIDENT_INVOLVEMENT) {
				browser.driver().findElement(By.id("score-" + e.key() + "-3")).click();
			}
		}
		browser.driver()
			.findElement(By.id("action-RESIDENT_INVOLVEMENT"))
			.sendKeys("Bring residents onto the Greenhill NAT and hold a ward walk each quarter");
		browser.press("Submit the self-assessment");
		assertThat(browser.text(".govuk-notification-banner"))
			.contains("Submitted the 2008/09 self-assessment of North West Leicestershire");
		assertThat(browser.text("[data-testid=score-RESIDENT_INVOLVEMENT]")).isEqualTo("2 – Developing");
		assertThat(browser.text("[data-testid=status]")).contains("Submitted");

		browser.open("/p/" + DemoUsers.COUNTY + "/evaluation?year=2008");
		assertThat(browser.texts("[data-testid=side-by-side] tbody tr"))
			.anyMatch(row -> row.startsWith("North West Leicestershire (District, submitted)")
					&& row.contains("2 Developing") && row.contains("3 Established"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.signIn(DemoUsers.email("performance", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/evaluation?year=2008");
		browser.driver().findElement(By.linkText("North West Leicestershire")).click();
		browser.driver()
			.findElement(By.id("comment"))
			.sendKeys("Agree on involvement; Greenhill's NAT could learn from Melton.");
		browser.press("Add the peer review");
		assertThat(browser.text("[data-testid=peer-review]")).contains("could learn from Melton");
	}

}
