package org.nmhub.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LocalIndicatorsBrowserTests {

	private static final String INDICATORS = "/p/" + DemoUsers.COUNTY + "/indicators";

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void holdThe2011Lsoas() {
		LsoaFixture.ensureLsoas(jdbc, LsoaVintage.LSOA2011);
	}

	private static void signInAs(String mailbox) {
		browser.signIn(DemoUsers.email(mailbox, DemoUsers.COUNTY), DemoUsers.PASSWORD);
	}

	private static void choose(String id, String text) {
		new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(text);
	}

	private static void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	@Test
	void administratorMapsThePoliceStreetFileAndSeesBurglariesByMonth() {
		RealData.directory();
		signInAs("administrator");
		browser.open(INDICATORS);
		browser.driver().findElement(By.linkText("Import a local indicator")).click();
		assertThat(browser.text("h1")).isEqualTo("Import a local indicator");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		choose("officialFile", "crime/2021-04-leicestershire-street.csv");
		browser.press("Continue");

		assertThat(browser.text("h1")).isEqualTo("Map the columns");
		assertThat(browser.text("[data-testid=preview]")).contains("LSOA code").contains("Crime type");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		choose("areaColumn", "LSOA code");
		choose("vintage", "2011");
		choose("periodColumn", "Month");
		choose("valueColumn", "Count the rows");
		choose("filterColumn", "Crime type");
		type("filterValue", "Burglary");
		type("name", "Burglaries (browser test)");
		browser.press("Import");

		assertThat(browser.text("h1")).isEqualTo("Burglaries (browser test)");
		assertThat(browser.text(".govuk-notification-banner")).containsAnyOf("Imported Burglaries",
				"was already imported");
		assertThat(browser.text("[data-testid=provenance]")).contains("2021-04-leicestershire-street.csv")
			.contains("police.uk")
			.contains("Open Government Licence v3.0")
			.contains("rows had no area code and were left out");
		assertThat(browser.texts("[data-testid=totals] tbody tr")).singleElement().asString().startsWith("2021-04");
		assertThat(browser.texts("[data-testid=neighbourhoods] tbody th")).contains("Greenhill", "Coalville");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.open(INDICATORS);
		assertThat(browser.text("[data-testid=local-datasets]")).contains("Burglaries (browser test)")
			.contains("2021-04");
	}

	@Test
	void badUploadShowsEachProblemWithItsRowAndColumnAndImportsNothing() throws IOException {
		List<String> codes = jdbc.sql("select code from places_lsoas where vintage = 2011 order by code limit 20")
			.query(String.class)
			.list();
		List<String> lines = new ArrayList<>();
		lines.add("Area,Period,Rate");
		for (String code : codes) {
			lines.add(code + ",2021/22,1.5");
		}
		lines.set(16, "E01099999,2021/22,2");
		Path upload = temp.resolve("rates.csv");
		Files.write(upload, lines, StandardCharsets.UTF_8);
		long values = jdbc.sql("select count(*) from indicator_local_values").query(Long.class).single();

		signInAs("administrator");
		browser.open(INDICATORS + "/local/upload");
		browser.driver().findElement(By.id("file")).sendKeys(upload.toString());
		browser.press("Continue");
		choose("areaColumn", "Area");
		choose("periodColumn", "Period");
		choose("valueColumn", "Rate");
		choose("measure", "Rate (averaged, weighted by population)");
		type("publisher", "Test publisher");
		type("licence", "Test licence");
		browser.press("Import");

		assertThat(browser.text(".govuk-error-summary__title")).contains("nothing has been changed");
		assertThat(browser.texts("[data-testid=problems] li"))
			.containsExactly("Row 17, column Area: E01099999 is not a 2011 LSOA");
		assertThat(jdbc.sql("select count(*) from indicator_local_values").query(Long.class).single())
			.isEqualTo(values);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void boardMemberCannotImportALocalIndicator() {
		signInAs("board");
		browser.open(INDICATORS);
		assertThat(browser.driver().findElements(By.linkText("Import a local indicator"))).isEmpty();

		browser.open(INDICATORS + "/local/upload");
		assertThat(browser.text("h1")).isEqualTo("You do not have permission to see this page");
	}

}
