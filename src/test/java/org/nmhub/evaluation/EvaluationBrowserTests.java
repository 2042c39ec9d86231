package org.nmhub.evaluation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.nmhub.RealData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A neighbourhood manager freezes Greenhill's baseline and sees the update's plain
 * answer; a performance officer downloads the evaluation PDF and tailors the report
 * template.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/evaluation";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerFreezesGreenhillsBaselineAndSeesWhetherTheGapIsNarrowing() {
		RealData.directory();
		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(BASE);
		browser.driver().findElement(By.linkText("Baselines and narrowing the gap")).click();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		new Select(browser.driver().findElement(By.id("neighbourhood"))).selectByVisibleText("Greenhill");
		new Select(browser.driver().findElement(By.id("edition"))).selectByVisibleText("IoD 2015");
		browser.press("Choose the indicators");

		assertThat(browser.text("h1")).isEqualTo("Freeze a baseline");
		WebElement imd = browser.driver().findElement(By.cssSelector("input[data-key='iod:imd_score']"));
		assertThat(imd.isSelected()).as("the IMD score is ticked by default").isTrue();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		browser.driver().findElement(By.id("note")).sendKeys("Greenhill when the NAT began");
		browser.press("Freeze the baseline");

		assertThat(browser.text(".govuk-notification-banner")).contains("The baseline for Greenhill is frozen");
		assertThat(browser.text("[data-testid=frozen]")).contains("Frozen on", "never recomputed");
		new Select(browser.driver().findElement(By.id("edition"))).selectByVisibleText("IoD 2019");
		browser.press("Compare");
		String verdict = browser.text("[data-testid='comparison-iod:imd_score'] [data-testid=verdict]");
		String answer = browser.text("[data-testid='comparison-iod:imd_score'] [data-testid=answer]");
		assertThat(verdict).isIn("Narrowing", "Widening", "No change");
		assertThat(answer).startsWith(verdict.equals("Narrowing") ? "Yes, the gap with Leicestershire Together"
				: "No, the gap with Leicestershire Together");
		assertThat(browser.text("[data-testid=summary]")).contains("the gap is narrowing for", "IoD 2015 to IoD 2019");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void aPerformanceOfficerDownloadsTheEvaluationPdfAndTailorsTheTemplate() throws Exception {
		jdbc.sql("delete from evaluation_report_templates where partnership_id = (select id from partnerships "
				+ "where slug = :slug)")
			.param("slug", DemoUsers.COUNTY)
			.update();
		try {
			browser.signIn(DemoUsers.email("performance", DemoUsers.COUNTY), DemoUsers.PASSWORD);
			browser.open(BASE);
			browser.driver().findElement(By.linkText("Evaluation report")).click();
			new Select(browser.driver().findElement(By.id("scope"))).selectByVisibleText("Neighbourhood: Greenhill");
			browser.press("Show the report");
			assertThat(browser.text("h1")).isEqualTo("Greenhill");
			assertThat(browser.texts("[data-section] h2")).containsExactly("Figures against the baseline",
					"Contribution to the Local Area Agreement", "What residents say", "Delivery of the action plan",
					"Partnership health", "Spend");
			BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

			String pdf = pdf();
			assertThat(pdf).contains("Neighbourhood management evaluation", "Greenhill", "Delivery of the action plan",
					"Partnership health", "Spend");

			browser.driver().findElement(By.linkText("Tailor the report template")).click();
			BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
			WebElement title = browser.driver().findElement(By.id("title"));
			title.clear();
			title.sendKeys("Greenhill NAT annual evaluation");
			browser.driver().findElement(By.cssSelector("label[for=section-SPEND]")).click();
			browser.press("Save the template");

			assertThat(browser.text(".govuk-notification-banner")).contains("template is saved");
			new Select(browser.driver().findElement(By.id("scope"))).selectByVisibleText("Neighbourhood: Greenhill");
			browser.press("Show the report");
			assertThat(browser.texts("[data-section] h2")).doesNotContain("Spend").contains("Partnership health");
			assertThat(browser.text(".govuk-caption-l")).isEqualTo("Greenhill NAT annual evaluation");
			String tailored = pdf();
			assertThat(tailored).contains("Greenhill NAT annual evaluation", "Partnership health")
				.doesNotContain("Spend");
		}
		finally {
			jdbc.sql("delete from evaluation_report_templates where partnership_id = (select id from partnerships "
					+ "where slug = :slug)")
				.param("slug", DemoUsers.COUNTY)
				.update();
		}
	}

	private static String pdf() throws Exception {
		String href = browser.driver().findElement(By.linkText("Download as PDF")).getAttribute("href");
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map((Cookie c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return PdfText.of(response.body()).replaceAll("\\s+", " ");
	}

}
