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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IndicatorsBrowserTests {

	private static final String INDICATORS = "/p/" + DemoUsers.COUNTY + "/indicators";

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void holdTheLsoas() {
		LsoaFixture.ensureLsoas(jdbc, LsoaVintage.LSOA2001);
	}

	private static void signInAs(String mailbox) {
		browser.signIn(DemoUsers.email(mailbox, DemoUsers.COUNTY), DemoUsers.PASSWORD);
	}

	@Test
	void administratorImportsAFileFromTheOfficialDataFolderAndSeesItListed() {
		RealData.directory();
		signInAs("administrator");
		browser.open(INDICATORS);
		browser.driver().findElement(By.linkText("Import an official file")).click();
		assertThat(browser.text("h1")).isEqualTo("Import an official file");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		new Select(browser.driver().findElement(By.id("officialFile")))
			.selectByVisibleText("iod2004_subdomains_lsoa01_leicestershire_leicester.csv");
		browser.press("Import");

		assertThat(browser.currentPath()).isEqualTo(INDICATORS);
		assertThat(browser.text(".govuk-notification-banner"))
			.containsAnyOf("Imported English Indices of Deprivation 2004", "was already imported on");
		assertThat(browser.text("[data-testid=datasets]"))
			.contains("iod2004_subdomains_lsoa01_leicestershire_leicester.csv")
			.contains("Open Government Licence v3.0")
			.contains("Partial");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void badUploadShowsEachProblemWithItsRowAndColumnAndImportsNothing() throws IOException {
		RealData.directory();
		List<String> lines = new ArrayList<>(
				Files.readAllLines(RealData.file("iod/iod2007_imd_lsoa01_england.csv")).subList(0, 20));
		lines.set(16, lines.get(16).replaceFirst(",[0-9]+,([0-9]+)$", ",abc,$1"));
		Path upload = temp.resolve("iod2007_extract.csv");
		Files.write(upload, lines, StandardCharsets.UTF_8);
		long values = jdbc.sql("select count(*) from indicator_values").query(Long.class).single();

		signInAs("administrator");
		browser.open(INDICATORS + "/import");
		browser.driver().findElement(By.id("file")).sendKeys(upload.toString());
		browser.press("Import");

		assertThat(browser.text(".govuk-error-summary__title")).contains("nothing has been changed");
		assertThat(browser.texts("[data-testid=problems] li"))
			.containsExactly("Row 17, column IMD_rank: 'abc' is not a whole number");
		assertThat(jdbc.sql("select count(*) from indicator_values").query(Long.class).single()).isEqualTo(values);
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void boardMemberSeesTheDatasetsButCannotImport() {
		signInAs("board");
		browser.open(INDICATORS);

		assertThat(browser.text("h1")).isEqualTo("Indicators");
		assertThat(browser.texts(".govuk-service-navigation__list a")).contains("Indicators");
		assertThat(browser.driver().findElements(By.linkText("Import an official file"))).isEmpty();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.open(INDICATORS + "/import");

		assertThat(browser.text("h1")).isEqualTo("You do not have permission to see this page");
		assertThat(browser.driver().findElements(By.id("file"))).isEmpty();
	}

}
