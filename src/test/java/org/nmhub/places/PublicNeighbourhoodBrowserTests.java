package org.nmhub.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicNeighbourhoodBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void aResidentFindsTheirNeighbourhoodFromTheStartPageWithoutSigningIn() {
		browser.open("/");
		browser.driver()
			.findElements(By.cssSelector("[data-testid=partnerships] li"))
			.stream()
			.filter(li -> li.getText().startsWith("Leicestershire Together"))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("a"))
			.click();
		assertThat(browser.text("h1")).isEqualTo("Neighbourhoods");
		assertThat(browser.texts("[data-testid=public-neighbourhoods] li")).anyMatch(n -> n.startsWith("Greenhill"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.partialLinkText("Greenhill")).click();
		assertThat(browser.text("h1")).startsWith("Greenhill");
		assertThat(browser.text("[data-testid=public-facts]")).contains("North West Leicestershire");
		assertThat(browser.texts("[data-testid=designation]")).isNotEmpty();
		assertThat(browser.texts("[data-testid=public-links] a")).containsExactly(
				"The neighbourhood action plan and its progress", "You said, we did",
				"Tell the partnership about something", "Public meetings");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("You said, we did")).click();
		assertThat(browser.currentPath()).endsWith("/you-said-we-did");
		assertThat(browser.text("main")).doesNotContain("Sorry, there is a problem");
	}

}
