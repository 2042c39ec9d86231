package org.nmhub.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A performance officer runs the six-monthly review and downloads its PDF; a partner
 * officer submits a return. Every page is scanned with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PerformanceBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/performance";

	private static void axe() {
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	private static void type(String id, String text) {
		var field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void performanceOfficerRunsTheSixMonthlyReviewAndDownloadsThePdf() throws Exception {
		browser.signIn(DemoUsers.email("performance", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY);
		browser.driver().findElement(By.linkText("Performance")).click();
		assertThat(browser.text("[data-testid=version-name]")).contains("Leicestershire Local Area Agreement 2006");
		assertThat(browser.text("[data-testid=reward-targets]")).contains("RG12", "missing");
		axe();

		browser.driver().findElement(By.partialLinkText("RG6 Reducing level of offending")).click();
		assertThat(browser.text("[data-testid=rag-reason]")).contains("No baseline");
		axe();

		browser.open(BASE + "/delivery");
		assertThat(browser.text("h1")).isEqualTo("Delivery plan");
		axe();

		browser.open(BASE);
		browser.driver().findElement(By.linkText("Six-monthly reviews")).click();
		assertThat(browser.texts("[data-testid=reviews] li")).anyMatch(r -> r.contains("20 November 2006"));
		String title = "Browser review " + UUID.randomUUID().toString().substring(0, 6);
		type("title", title);
		type("heldOn", "20 Nov 2006");
		browser.press("Start the review");
		assertThat(browser.text(".govuk-error-summary")).contains("The review date must be a real date");
		axe();

		type("heldOn", "2006-11-20");
		browser.press("Start the review");
		assertThat(browser.text("[data-testid=report-heading]")).contains(title, "20 November 2006");
		assertThat(browser.text("[data-testid=report-blocks]")).contains("Safer Communities");
		axe();

		type("decision", "Reallocate resources between outcomes, as the SSOG's terms of reference allow");
		new Select(browser.driver().findElement(By.id("fromOutcomeId"))).selectByIndex(1);
		new Select(browser.driver().findElement(By.id("toOutcomeId"))).selectByIndex(2);
		type("amount", "10000");
		browser.press("Record the decision");
		assertThat(browser.text("[data-testid=report-decisions]")).contains("Reallocate resources", "£10,000.00");
		axe();

		String href = browser.driver().findElement(By.cssSelector("[data-testid=pdf-link]")).getAttribute("href");
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map((Cookie c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(PdfText.of(pdf.body()).replaceAll("\\s+", " ")).contains(title, "Reallocate resources",
				"Reward targets at risk");
	}

	@Test
	void partnerOfficerSubmitsAReturnForTheirOwnIndicator() {
		browser.signIn(DemoUsers.email("partner", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(BASE);
		assertThat(browser.text("[data-testid=indicator-status]")).contains("RG6", "RG7").doesNotContain("RG1 ");
		axe();

		browser.driver().findElement(By.partialLinkText("RG7 Domestic violence")).click();
		browser.driver().findElement(By.linkText("Return for Q3 2007/08")).click();
		type("actual", "forty-two");
		browser.press("Submit the return");
		assertThat(browser.text(".govuk-error-summary")).contains("The actual must be a number");
		axe();

		type("actual", "42");
		type("commentary", "Reports to the domestic violence unit this quarter");
		type("evidenceLink", "https://example.org/dv-q3.pdf");
		browser.press("Submit the return");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("submitted for approval");
		assertThat(browser.text("[data-testid=awaiting]")).contains("RG7", "Q3 2007/08", "42");
		axe();
	}

}
