package org.nmhub.funding;

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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FundingBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/funding";

	/**
	 * Date fields' typed format depends on the browser's locale, so set the ISO value.
	 */
	private static void typeDate(String id, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id(id)), isoDate);
	}

	@Test
	void partnerOfficerRecordsTheMissingPoliceContributionAndSeesTheFlagRemain() {
		browser.signIn(DemoUsers.email("partner", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(BASE);
		assertThat(browser.text("[data-testid=bids] tr[data-reference=RG1]")).contains("difference +£500");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("NR-SAFER")).click();
		assertThat(browser.text("[data-testid=flags]")).contains("The contribution from Police has no amount");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		browser.driver().findElement(By.linkText("Record a contribution")).click();

		browser.driver().findElement(By.id("contributor")).sendKeys("Leicestershire Constabulary");
		browser.driver().findElement(By.id("amount")).sendKeys("12,500.001");
		new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Cash grant");
		browser.press("Record the contribution");
		assertThat(browser.text(".govuk-error-summary")).contains("must not have more than 2 decimal places");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.id("amount")).clear();
		browser.driver().findElement(By.id("amount")).sendKeys("12,500");
		new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("Confirmed");
		browser.driver().findElement(By.id("year")).sendKeys("2006/07");
		browser.press("Record the contribution");

		assertThat(browser.text(".govuk-notification-banner--success"))
			.contains("The contribution from Leicestershire Constabulary has been recorded");
		assertThat(browser.texts("[data-testid=contributions] td")).contains("Leicestershire Constabulary", "£12,500");
		// The request is met, but the Police line printed as "£ ?" still has no amount.
		assertThat(browser.text("[data-testid=contributions-sum]")).isEqualTo("£25,000");
		assertThat(browser.text("[data-testid=flags]")).contains("The contribution from Police has no amount")
			.doesNotContain("not the request");
	}

	@Test
	void coordinatorViewsTheirDistrictsPlanAndRecordsActualSpend() {
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(BASE + "/plans");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		browser.driver()
			.findElement(By.linkText("North West Leicestershire: neighbourhood management financial plan"))
			.click();
		assertThat(browser.texts("[data-testid=plan-totals] tbody th")).containsExactly("2008/09", "2009/10",
				"2010/11");
		assertThat(browser.text("[data-testid=plan-lines]"))
			.contains("District LAA revenue funding for neighbourhood management", "£5,000");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.id("source")).sendKeys("District Council mainstream budget");
		new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Mainstream");
		browser.driver().findElement(By.id("year")).sendKeys("2008/09");
		browser.driver().findElement(By.id("planned")).sendKeys("15000");
		browser.press("Save the planned amount");
		assertThat(browser.texts("[data-testid=plan-totals] tbody tr").get(0)).contains("£15,000", "£20,000", "75%");

		new Select(browser.driver().findElement(By.id("lineId")))
			.selectByVisibleText("District LAA revenue funding for neighbourhood management, 2008/09");
		browser.driver().findElement(By.id("actual")).sendKeys("4,250.50");
		browser.press("Record the return");
		assertThat(browser.text("[data-testid=plan-lines]")).contains("Actual £4,250.50 (-£749.50)");
		assertThat(browser.texts("[data-testid=plan-totals] tbody tr").get(0)).contains("£4,250.50", "-£749.50");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void performanceOfficerRunsTheLoanModelAtADateAndIsRefusedARepaymentBeforeTheDrawdown() {
		browser.signIn(DemoUsers.email("performance", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(BASE);
		browser.driver().findElement(By.linkText("Pump-priming loan model")).click();
		browser.driver().findElement(By.linkText("Reward-target pump priming: County Council loan")).click();
		assertThat(browser.text("[data-testid=gap]")).isEqualTo("Leicestershire County Council: £1,400,000");
		assertThat(browser.text("[data-testid=interest-earned]")).isEqualTo("£45,169.04");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		typeDate("on", "2009-03-31");
		browser.press("Show the position");
		assertThat(browser.text("[data-testid=position-owed]")).isEqualTo("£1,342,324.78");

		new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Repayment from reward");
		typeDate("occursOn", "2006-06-01");
		browser.press("Record the movement");
		assertThat(browser.text(".govuk-error-summary")).contains("comes before any drawdown from the lender");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

}
