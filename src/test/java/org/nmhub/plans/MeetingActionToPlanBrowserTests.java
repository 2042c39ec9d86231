package org.nmhub.plans;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingActionToPlanBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerFilesAnActionArisingAtTheNatInGreenhillsPlan() {
		String description = "Ask the housing association to light the Greenhill alleyway " + System.nanoTime();
		long partnership = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		long body = jdbc.sql("select id from partner_bodies where partnership_id = :p and name = 'Greenhill NAT'")
			.param("p", partnership)
			.query(Long.class)
			.single();
		long meeting = jdbc
			.sql("""
					insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, time_recorded, location, source)
					values (:p, :b, :start, :end, true, 'Greenhill Centre', 'Test') returning id
					""")
			.param("p", partnership)
			.param("b", body)
			.param("start", LocalDateTime.of(2008, 11, 4, 18, 0))
			.param("end", LocalDateTime.of(2008, 11, 4, 20, 0))
			.query(Long.class)
			.single();
		jdbc.sql("insert into partner_meeting_actions (partnership_id, meeting_id, description) values (:p, :m, :d)")
			.param("p", partnership)
			.param("m", meeting)
			.param("d", description)
			.update();

		browser.signIn(DemoUsers.email("manager", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY + "/meetings/" + meeting);
		browser.driver().findElement(By.partialLinkText("Add to an action plan")).click();
		assertThat(browser.text("h1")).isEqualTo("Add a meeting action to an action plan");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.press("Add to the action plan");
		assertThat(browser.text(".govuk-error-summary"))
			.contains("Select the neighbourhood whose action plan takes this action");
		new Select(browser.driver().findElement(By.id("neighbourhood"))).selectByVisibleText("Greenhill");
		browser.press("Add to the action plan");

		assertThat(browser.currentPath()).matches("/p/" + DemoUsers.COUNTY + "/plans/\\d+/actions/\\d+");
		assertThat(browser.text(".govuk-notification-banner"))
			.contains("The action has been added to the Greenhill action plan");
		assertThat(browser.text("main")).contains(description);
	}

}
