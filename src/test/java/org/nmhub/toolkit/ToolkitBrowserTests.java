package org.nmhub.toolkit;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ToolkitBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String TOOLKIT = "/p/" + DemoUsers.COUNTY + "/toolkit";

	@Test
	void aCoordinatorSearchesTheToolkitAddsMaterialAndFindsIt() {
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(TOOLKIT);
		browser.driver().findElement(By.id("q")).sendKeys("Wyre Forest");
		browser.press("Search");
		assertThat(browser.texts("[data-testid=toolkit-items] h2")).first()
			.isEqualTo("Good practice in two-tier areas: West Cumbria and Wyre Forest");
		assertThat(browser.text("[data-testid=toolkit-items] mark")).isEqualTo("Wyre");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("Add material")).click();
		browser.press("Add to the toolkit");
		assertThat(browser.texts(".govuk-error-summary__list li")).contains("Enter a title",
				"Select what kind of material this is", "Enter the material itself");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		String title = "Ward walk checklist " + UUID.randomUUID().toString().substring(0, 6);
		browser.driver().findElement(By.id("title")).sendKeys(title);
		new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Template");
		browser.driver()
			.findElement(By.id("body"))
			.sendKeys("Before the walk, invite the PCSO and a housing officer.\nAfter it, log what residents raised.");
		browser.driver().findElement(By.id("tags")).sendKeys("Engagement, ward walks");
		browser.press("Add to the toolkit");
		assertThat(browser.currentPath()).isEqualTo(TOOLKIT);
		assertThat(browser.text(".govuk-notification-banner")).contains(title + " has been added to the toolkit");

		browser.open(TOOLKIT + "?q=housing+officer");
		assertThat(browser.texts("[data-testid=toolkit-items] h2")).contains(title);
		browser.driver().findElement(By.linkText(title)).click();
		assertThat(browser.text("[data-testid=toolkit-body]")).contains("invite the PCSO");
		assertThat(browser.texts("main a")).contains("#engagement", "#ward walks");
	}

	@Test
	void abbreviationsInPagesExplainThemselvesFromTheGlossary() {
		browser.signIn(DemoUsers.email("board", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(TOOLKIT + "/" + "0");
		browser.open(TOOLKIT + "?q=toolkit+should+cover");
		browser.driver().findElement(By.linkText("What the neighbourhood management toolkit should cover")).click();

		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> "true".equals(d.findElement(By.id("main-content")).getAttribute("data-glossary-applied")));
		WebElement laa = browser.driver()
			.findElements(By.cssSelector("[data-testid=toolkit-body] abbr"))
			.stream()
			.filter(a -> a.getText().equals("LAA"))
			.findFirst()
			.orElseThrow();
		assertThat(laa.getAttribute("title")).isEqualTo("Local Area Agreement");
		assertThat(browser.driver()
			.findElements(By.cssSelector("[data-testid=toolkit-body] abbr"))
			.stream()
			.filter(a -> a.getText().startsWith("NAT"))
			.map(a -> a.getAttribute("title"))).containsExactly("Neighbourhood Action Team");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("Toolkit")).click();
		browser.driver().findElement(By.linkText("glossary of abbreviations")).click();
		assertThat(browser.texts("[data-testid=glossary] tbody tr")).hasSizeGreaterThanOrEqualTo(36)
			.anyMatch(row -> row.startsWith("SWOT Strengths, Weaknesses, Opportunities, Threats (analysis)"));
		assertThat(browser.driver().findElements(By.id("abbreviation"))).as("board members only read").isEmpty();
	}

}
