package org.nmhub.funding;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.nmhub.RealData;

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

@SpringBootTest
@AutoConfigureMockMvc
class BusinessCaseIntegrationTests {

	private static final String PATH = "/p/" + DemoUsers.COUNTY + "/funding/business-case";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(DemoUsers.email("manager", DemoUsers.COUNTY))).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder typed() {
		return typed(PATH);
	}

	private static MockHttpServletRequestBuilder typed(String path) {
		// 120 crimes a year x 10% = 12 crimes x £2,000 = £24,000 avoided;
		// 2 families x £200,000 (the review's lower Home Office figure) = £400,000
		// avoided;
		// 5,000 residents x £10 (the Pathfinders' lowest cost a head) = £50,000 cost.
		// Avoided £424,000 less £50,000 = +£374,000; 8.48 : 1.
		return get(path).param("neighbourhood", "greenhill")
			.param("crimesPerYear", "120")
			.param("costPerCrime", "2000")
			.param("reductionPercent", "10")
			.param("families", "2")
			.param("population", "5000");
	}

	@Test
	void unitCostsFromTheReviewTimesCountsGiveAvoidedCostAgainstCostWithEveryAssumption() throws Exception {
		String page = page(typed());
		assertThat(page).contains("£24,000", "£400,000", "£424,000", "£50,000", "+£374,000", "8.48 : 1");
		assertThat(page).contains("Home Office as between £200,000 and £300,000", "from £10 to £40",
				"Typed in this calculation");
	}

	@Test
	void theBusinessCaseComesAsAPdf() throws Exception {
		byte[] file = mvc.perform(typed(PATH + ".pdf").with(user(DemoUsers.email("board", DemoUsers.COUNTY))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(file);
		assertThat(text).contains("Business case: Greenhill", "+£374,000", "Assumptions");
	}

	@Test
	void thePopulationComesFromTheIndicesWhenNotTyped() throws Exception {
		RealData.directory();
		String page = page(get(PATH).param("neighbourhood", "greenhill"));
		assertThat(page).contains("population denominators");
	}

	@Test
	void badFiguresAreNamedAndAUnitCostWithoutASourceIsRefused() throws Exception {
		assertThat(page(get(PATH).param("neighbourhood", "greenhill").param("costPerCrime", "12.345")))
			.contains("Cost of a crime (£) must not have more than 2 decimal places");
		long before = jdbc.sql("select count(*) from funding_unit_costs").query(Long.class).single();
		String page = mvc
			.perform(post(PATH + "/unit-costs").param("label", "Average cost of a burglary")
				.param("low", "-5")
				.param("unit", "per crime")
				.with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("must not be negative", "Say where the figure comes from");
		assertThat(jdbc.sql("select count(*) from funding_unit_costs").query(Long.class).single()).isEqualTo(before);
	}

}
