package org.nmhub.funding;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The funding directory's search and deadlines, and financial plans' rules. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryAndPlansIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/funding";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private String page(MockHttpServletRequestBuilder request, String mailbox) throws Exception {
		return mvc.perform(request.with(user(DemoUsers.email(mailbox, DemoUsers.COUNTY))).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The search results, below the search form (the deadlines banner is above it). */
	private static String results(String page) {
		return page.substring(page.indexOf(">Search</button>"));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void fullTextSearchFindsStemmedWordsAndFiltersByAreaAndAmount() throws Exception {
		// "volunteers" matches "volunteering" through English stemming.
		String page = page(get(BASE + "/directory").param("q", "volunteers"), "board");
		assertThat(page).contains("Big Lottery Fund – Infrastructure Fund", "Capacity Builders Fund")
			.doesNotContain("Sport England Community Investment Fund");
		page = page(get(BASE + "/directory").param("eligibility", "RURAL").param("amount", "2500"), "board");
		assertThat(results(page)).contains("Illustrative: village community grant");
		page = page(get(BASE + "/directory").param("eligibility", "RURAL").param("amount", "9000"), "board");
		assertThat(results(page)).doesNotContain("Illustrative: village community grant");
		assertThat(page(get(BASE + "/directory").param("amount", "12.345"), "board"))
			.contains("The amount sought must not have more than 2 decimal places");
		assertThat(page).contains("difficulty of attracting funding for rural areas");
	}

	@Test
	void coordinatorsSeeAnApproachingDeadlineOnTheFundingPage() throws Exception {
		mvc.perform(post(BASE + "/directory/new").param("name", "Test parish fund closing soon")
			.param("funder", "Test funder")
			.param("eligibility", "RURAL")
			.param("deadline", LocalDate.now().plusDays(10).toString())
			.with(user(DemoUsers.email("coordinator", DemoUsers.COUNTY)))
			.with(csrf()));
		assertThat(page(get(BASE), "coordinator")).contains("Funding deadlines approaching",
				"Test parish fund closing soon");
		assertThat(page(get(BASE), "partner")).doesNotContain("Funding deadlines approaching");
	}

	@Test
	void aDirectoryEntryWithAnInvertedRangeIsRefused() throws Exception {
		long before = count("funding_directory_entries");
		String page = page(post(BASE + "/directory/new").param("name", "Bad range fund")
			.param("funder", "Someone")
			.param("eligibility", "BOTH")
			.param("minAmount", "5000")
			.param("maxAmount", "500"), "administrator");
		assertThat(page).contains("The largest grant must not be less than the smallest");
		assertThat(count("funding_directory_entries")).isEqualTo(before);
	}

	@Test
	void thePartnershipPlanSplitsAppendixFourBetweenGrantAndLoan() throws Exception {
		long plan = jdbc
			.sql("select id from funding_plans where title = 'Reward-target pump priming 2006/07 to 2008/09'")
			.query(Long.class)
			.single();
		String page = page(get(BASE + "/plans/" + plan), "board");
		// 2006/07 £1,042,451 from the grant; 2007/08 the grant's last £257,549 and
		// £572,736 of loan; 2008/09 £772,664 of loan.
		assertThat(page).contains("£1,042,451", "£257,549", "£572,736", "£830,285", "£772,664");
	}

	@Test
	void aPlanLineOutsideThePlansYearsOrWithBadMoneyIsRefusedAndACoordinatorCannotChangeAnotherDistrictsPlan()
			throws Exception {
		long blaby = jdbc.sql("select id from funding_plans where scope_code = 'E07000129'").query(Long.class).single();
		long lines = count("funding_plan_lines");
		String page = page(post(BASE + "/plans/" + blaby + "/lines").param("source", "Mainstream")
			.param("kind", "MAINSTREAM")
			.param("year", "2015/16")
			.param("planned", "-3"), "performance");
		assertThat(page).contains("2015/16 is outside the plan&#39;s years (2008/09 to 2010/11)",
				"The planned amount must not be negative");
		int status = mvc
			.perform(post(BASE + "/plans/" + blaby + "/lines").param("source", "Mainstream")
				.param("kind", "MAINSTREAM")
				.param("year", "2009/10")
				.param("planned", "3")
				.with(user(DemoUsers.email("coordinator", DemoUsers.COUNTY)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(count("funding_plan_lines")).isEqualTo(lines);
		page = page(post(BASE + "/plans/new").param("title", "Too long")
			.param("scope", "PARTNERSHIP")
			.param("firstYear", "2008/10")
			.param("years", "7"), "performance");
		assertThat(page).contains("is not a financial year", "A financial plan covers 3, 4 or 5 years");
	}

}
