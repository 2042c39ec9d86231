package org.nmhub.plans;

import java.util.List;

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
class RefreshCandidatesBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPerformanceOfficerSeesNeighbourhoodPrioritiesThatMatchNoLaaOutcome() {
		// One action of a draft plan is linked to an LAA outcome: its priority is no
		// longer a candidate.
		var linked = jdbc.sql("""
				select a.id as action_id, pr.title from plan_actions a
				join plan_priorities pr on pr.id = a.priority_id join action_plans ap on ap.id = pr.plan_id
				join partnerships p on p.id = ap.partnership_id
				where p.slug = :s and ap.kind = 'NEIGHBOURHOOD' and ap.status = 'DRAFT' and not ap.template
				order by a.id limit 1
				""")
			.param("s", DemoUsers.COUNTY)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long outcome = jdbc.sql("""
				select o.id from performance_outcomes o join partnerships p on p.id = o.partnership_id
				where p.slug = :s order by o.id limit 1
				""").param("s", DemoUsers.COUNTY).query(Long.class).single();
		jdbc.sql("update plan_actions set laa_outcome_id = :o where id = :a")
			.param("o", outcome)
			.param("a", linked[0])
			.update();
		try {
			// What the page must list, worked out independently.
			List<String> expected = jdbc
				.sql("""
						select n.name || ' ' || pr.title from plan_priorities pr
						join action_plans ap on ap.id = pr.plan_id join neighbourhoods n on n.id = ap.neighbourhood_id
						join partnerships p on p.id = ap.partnership_id
						where p.slug = :s and ap.kind = 'NEIGHBOURHOOD' and not ap.template and ap.status <> 'SUPERSEDED'
						  and ap.plan_version = (select max(v.plan_version) from action_plans v where v.lineage_key = ap.lineage_key)
						  and not exists (select 1 from plan_actions a where a.priority_id = pr.id
						                  and (a.laa_outcome_id is not null or a.laa_indicator_id is not null))
						""")
				.param("s", DemoUsers.COUNTY)
				.query(String.class)
				.list();
			assertThat(expected).as("the illustrative demo plans have priorities outside the LAA").isNotEmpty();

			browser.signIn(DemoUsers.email("performance", DemoUsers.COUNTY), DemoUsers.PASSWORD);
			browser.open("/p/" + DemoUsers.COUNTY + "/plans");
			browser.driver().findElement(By.linkText("Neighbourhood priorities that match no LAA outcome")).click();
			assertThat(browser.text("h1")).isEqualTo("Candidates for the LAA refresh");
			List<String> rows = browser.texts("[data-testid=refresh-candidates] tbody tr")
				.stream()
				.map(row -> row.replaceAll("\\s+", " "))
				.toList();
			assertThat(rows).hasSize(expected.size());
			for (String candidate : expected) {
				assertThat(rows).anyMatch(row -> row.startsWith(candidate));
			}
			assertThat(rows).as("the priority now linked to the LAA")
				.noneMatch(row -> row.contains((String) linked[1]));
			BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		}
		finally {
			jdbc.sql("update plan_actions set laa_outcome_id = null where id = :a").param("a", linked[0]).update();
		}
	}

}
