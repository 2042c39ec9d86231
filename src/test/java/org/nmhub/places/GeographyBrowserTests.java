package org.nmhub.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeographyBrowserTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	private GeographyImport imports;

	private void signInAs(String mailbox) throws IOException {
		GeographyTestFiles.loadAll(imports);
		browser.signIn(DemoUsers.email(mailbox, DemoUsers.COUNTY), DemoUsers.PASSWORD);
	}

	@Test
	void administratorLoadsAFileFromTheDataFolderAndSeesTheLayerCount() throws IOException {
		signInAs("administrator");
		browser.open(BASE + "/geography");
		new Select(browser.driver().findElement(By.id("official-file")))
			.selectByValue("geo/lsoa21_leicestershire_leicester.geojson");
		browser.press("Load from the data folder");

		assertThat(browser.text(".govuk-notification-banner--success")).contains("LSOA 2021 boundaries")
			.contains("already imported");
		assertThat(browser.texts("[data-layer=LSOA-2021] td")).containsExactly("LSOA", "2021", "33,755", "608");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void aBadUploadShowsItsProblemsAndWritesNothing() throws IOException {
		signInAs("administrator");
		String lookup = GeographyTestFiles.text("lookups/lsoa21_ward24_lad24_england_wales.csv");
		String bad = String.join("\n", lookup.lines().limit(20).toList()).replaceFirst("\nE01", "\nE01") + "\n"
				+ "\"E0199\",\"Nowhere 001A\",\"E05000001\",\"Ward\",\"E07000134\",\"North West Leicestershire\"\n";
		Path file = Files.createTempFile("bad-lookup-", ".csv");
		Files.writeString(file, bad, StandardCharsets.UTF_8);
		browser.open(BASE + "/geography");
		String before = browser.text("[data-testid=imports]");

		browser.driver().findElement(By.id("file")).sendKeys(file.toString());
		browser.press("Upload and import");

		assertThat(browser.text("[data-testid=import-problems]")).contains("was not imported. Nothing was written.")
			.contains("Row 21, column LSOA21CD: \"E0199\" is not an LSOA code");
		assertThat(browser.text("[data-testid=imports]")).isEqualTo(before);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		Files.delete(file);
	}

	@Test
	void locatePageShowsTheLsoaOfAPoint() throws IOException {
		signInAs("board");
		browser.open(BASE + "/places/locate");
		browser.driver().findElement(By.id("longitude")).sendKeys("-1.3557");
		browser.driver().findElement(By.id("latitude")).sendKeys("52.7245");
		browser.press("Find");

		assertThat(browser.text("[data-testid=lsoa-2011]")).matches("E01\\d{6} North West Leicestershire \\d{3}[A-Z]");
		assertThat(browser.text("[data-testid=lsoa-2021]")).startsWith("E01");
		assertThat(browser.text("[data-testid=district]")).isEqualTo("E07000134 North West Leicestershire");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void mapPageDrawsOnePathPerLsoaOfTheDistrict() throws IOException {
		signInAs("coordinator");
		browser.open(BASE + "/places/map?vintage=2021&district=E07000134");

		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=map] svg path.area"))).hasSize(60);
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=map] svg path.outline-district")))
			.hasSize(1);
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=map-table] tbody tr"))).hasSize(60);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.open(BASE + "/places/map?vintage=2011&district=E07000134");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=map] svg path.area"))).hasSize(58);
	}

}
