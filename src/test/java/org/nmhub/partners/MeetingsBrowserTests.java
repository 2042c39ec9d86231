package org.nmhub.partners;

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
class MeetingsBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static void type(String id, String text) {
		browser.driver().findElement(By.id(id)).clear();
		browser.driver().findElement(By.id(id)).sendKeys(text);
	}

	private static void choose(String id, String label) {
		new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(label);
	}

	/**
	 * Sets a date or time field's value as the browser would send it, whatever the
	 * locale's format.
	 */
	private static void setValue(String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id(id)), value);
	}

	private static void expand(String summary) {
		browser.driver().findElement(By.xpath("//summary[normalize-space()='" + summary + "']")).click();
	}

	@Test
	void coordinatorRecordsAMeetingWithAttendanceAGuestAndAnAction() {
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/partners");
		browser.driver().findElement(By.linkText("Greenhill NAT")).click();
		browser.driver().findElement(By.linkText("Add a meeting")).click();

		setValue("date", "2008-12-09");
		setValue("startTime", "18:30");
		setValue("endTime", "17:30");
		type("location", "Community room");
		browser.press("Add the meeting");
		assertThat(browser.text(".govuk-error-summary")).contains("The meeting must end after it starts");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		setValue("endTime", "20:00");
		browser.press("Add the meeting");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("The meeting has been added");
		assertThat(browser.text("h1")).isEqualTo("Meeting of 9 December 2008");

		expand("Record attendance");
		type("person", "Neighbourhood manager");
		choose("organisationId", "North West Leicestershire District Council");
		choose("status", "Present");
		browser.press("Record attendance");
		assertThat(browser.text(".govuk-notification-banner--success .govuk-notification-banner__heading"))
			.isEqualTo("Neighbourhood manager has been recorded");

		expand("Record attendance");
		type("person", "Store manager");
		choose("organisationId", "Asda");
		choose("status", "Present");
		browser.press("Record attendance");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("as a guest");
		assertThat(browser.texts("[data-testid=attendance] tbody tr")).containsExactly(
				"Neighbourhood manager North West Leicestershire District Council Present",
				"Store manager Asda Present Guest – not a member");

		expand("Record an action");
		browser.press("Record the action");
		assertThat(browser.text(".govuk-error-summary")).contains("Describe the action",
				"Select the organisation that owns the action");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		type("description", "Ask the store about CCTV coverage of the car park");
		choose("ownerOrganisationId", "Police");
		setValue("dueOn", "2009-01-31");
		browser.press("Record the action");
		assertThat(browser.texts("[data-testid=actions] tbody tr")).singleElement()
			.asString()
			.contains("Ask the store about CCTV coverage of the car park", "Police", "31 Jan 2009", "Overdue");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

	@Test
	void boardMemberReadsTheHardToEngageReportAndWhyThePctRanksHigh() {
		browser.signIn(DemoUsers.email("board", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/partners");
		browser.driver().findElement(By.linkText("Hard-to-engage partners")).click();
		assertThat(browser.text("h1")).isEqualTo("Hard-to-engage partners");
		var ranked = browser.texts("[data-testid=engagement] tbody tr td:nth-child(2)");
		assertThat(ranked).contains("Leicestershire PCT", "Police");
		assertThat(ranked.indexOf("Leicestershire PCT")).isLessThan(ranked.indexOf("Police"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		choose("district", "North West Leicestershire");
		browser.press("Show");
		assertThat(browser.text("h1")).isEqualTo("Hard-to-engage partners: North West Leicestershire");
		browser.driver().findElement(By.linkText("Leicestershire PCT")).click();
		assertThat(browser.texts("[data-testid=explain-actions] tbody tr")).anySatisfy(row -> assertThat(row)
			.contains("Provide GP-practice health data for the neighbourhood profile", "Overdue"));
		assertThat(browser.texts("[data-testid=explain-meetings] tbody tr"))
			.anySatisfy(row -> assertThat(row).contains("Greenhill NAT", "Apologies"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.open("/p/" + DemoUsers.COUNTY + "/meetings/load?district=North+West+Leicestershire");
		assertThat(browser.texts("[data-testid=suggestions] li"))
			.anySatisfy(s -> assertThat(s).startsWith("Consider one themed meeting on anti-social behaviour"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
	}

}
