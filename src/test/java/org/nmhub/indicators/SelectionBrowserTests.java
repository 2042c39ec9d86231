package org.nmhub.indicators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SelectionBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void performanceOfficerRunsExplainsReRunsAndCompares() {
		RealData.directory();
		browser.signIn(DemoUsers.email("performance", DemoUsers.CITY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.CITY);
		browser.driver().findElement(By.linkText("Selection")).click();
		browser.driver().findElement(By.linkText("Run a new selection")).click();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.id("name")).sendKeys("Bottom 5% on IMD 2004");
		new Select(browser.driver().findElement(By.id("edition"))).selectByVisibleText("IoD 2004 (2001 LSOAs)");
		WebElement percent = browser.driver().findElement(By.id("percent"));
		percent.clear();
		percent.sendKeys("80");
		browser.press("Run and save");
		assertThat(browser.text(".govuk-error-summary")).contains("greater than 0 and no more than 50");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		percent = browser.driver().findElement(By.id("percent"));
		percent.clear();
		percent.sendKeys("5");
		browser.press("Run and save");
		assertThat(browser.text("h1")).isEqualTo("Bottom 5% on IMD 2004");
		assertThat(Integer.parseInt(browser.text("[data-testid=selected-count]"))).isPositive();
		assertThat(browser.texts("[data-testid=clusters] tbody tr")).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=map] svg path.area"))).isNotEmpty();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		String first = browser.driver()
			.findElement(By.cssSelector("[data-testid=selected] tbody tr td"))
			.getText()
			.split(" ")[0];
		browser.driver().findElement(By.id("lsoa")).sendKeys(first);
		browser.press("Explain");
		assertThat(browser.text("[data-testid=explanation]")).contains(first, "IMD rank", "most deprived 5%", "→ in");

		new Select(browser.driver().findElement(By.id("rerun-edition"))).selectByVisibleText("IoD 2025 (2021 LSOAs)");
		browser.press("Re-run and compare");
		assertThat(browser.text("h1")).contains("What changes from IoD 2004 (2001 LSOAs) to IoD 2025 (2021 LSOAs)");
		assertThat(browser.text("[data-testid=comparison-summary]")).contains("Added", "Removed", "Kept");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

}
