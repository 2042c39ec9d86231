package org.nmhub.dashboards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardWarmUp warmUp;

	@Test
	void aCoordinatorMovesFromThePartnershipDashboardToADistrictAndANeighbourhood() {
		long neighbourhoods = jdbc.sql("""
				select count(*) from neighbourhoods n join partnerships p on p.id = n.partnership_id
				where p.slug = :slug""").param("slug", DemoUsers.COUNTY).query(Long.class).single();
		// as on start-up: the shapes and gaps are worked out ahead of the first visit
		warmUp.warmUp();
		browser.signIn(DemoUsers.email("coordinator", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open("/p/" + DemoUsers.COUNTY);
		browser.driver().findElement(By.linkText("Dashboard")).click();

		assertThat(browser.text("h1")).isEqualTo("Leicestershire Together dashboard");
		assertThat(browser.text("[data-testid=figure-neighbourhoods]")).isEqualTo(Long.toString(neighbourhoods));
		assertThat(browser.texts("[data-testid=neighbourhood-table] tbody tr")).hasSize((int) neighbourhoods);
		assertThat(browser.texts("[data-testid=gap-direction]"))
			.allMatch(g -> g.matches("Narrowing|Widening|No change|No gap|Not known"));
		assertThat(browser.texts("[data-testid=district-table] tbody th")).contains("North West Leicestershire");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=dashboard-map] svg path.neighbourhood")))
			.isNotEmpty();
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("North West Leicestershire")).click();
		assertThat(browser.text("h1")).isEqualTo("North West Leicestershire dashboard");
		assertThat(browser.texts("[data-testid=neighbourhood-table] tbody th")).contains("Greenhill");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.driver().findElement(By.linkText("Greenhill")).click();
		assertThat(browser.text("h1")).isEqualTo("Greenhill dashboard");
		assertThat(browser.texts("[data-testid=neighbourhood-table] tbody tr")).hasSize(1);
		assertThat(browser.text("[data-testid=figure-done]")).matches("\\d+ of \\d+");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.open("/p/" + DemoUsers.COUNTY + "/dashboard/neighbourhoods/no-such-place");
		assertThat(browser.text("h1")).doesNotContain("dashboard");
	}

}
