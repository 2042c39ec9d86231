package org.nmhub.indicators;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NeighbourhoodProfileBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void managerDrawsGreenhillAndReadsItsProfileInEachEdition() throws Exception {
		RealData.directory();
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/area");
		browser.driver().findElement(By.id("lsoaCodes")).clear();
		browser.driver().findElement(By.id("lsoaCodes")).sendKeys("E01025932 E01025933");
		browser.driver().findElement(By.id("reason")).sendKeys("Greenhill ward's two LSOAs");
		browser.press("Save as a new version");

		browser.driver().findElement(By.linkText("See the neighbourhood's profile")).click();
		assertThat(browser.text("h1")).isEqualTo("Profile of Greenhill");
		assertThat(browser.text("[data-testid=area-note]")).startsWith("2 LSOAs of 2021");
		assertThat(browser.texts("[data-testid=scores] thead th")).containsExactly("Indicator", "Greenhill",
				"North West Leicestershire", "Leicestershire Together", "England");
		assertThat(browser.texts("[data-testid=key-issues] li")).isNotEmpty();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		new Select(browser.driver().findElement(By.id("edition"))).selectByVisibleText("IoD 2019 (2011 LSOAs)");
		browser.press("Show");
		assertThat(browser.text("[data-testid=area-note]")).startsWith("2 LSOAs of 2011");
		assertThat(browser.texts("[data-testid=trend] tbody tr")).hasSize(6);
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=profile-map] svg"))).hasSize(1);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		Path shot = Path.of("target", "screenshots", "profile-greenhill.png");
		Files.createDirectories(shot.getParent());
		Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(), shot,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		browser.driver().findElement(By.linkText("See the map with its table of figures")).click();
		assertThat(browser.text("h1")).isEqualTo("Map of the evidence");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=evidence-map] svg"))).hasSize(1);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

}
