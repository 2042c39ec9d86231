package org.nmhub.funding;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class FundingExportIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/funding";

	@Autowired
	private MockMvc mvc;

	private MockHttpServletResponse download(String path) throws Exception {
		return mvc.perform(get(BASE + path).with(user(DemoUsers.email("board", DemoUsers.COUNTY))))
			.andReturn()
			.getResponse();
	}

	@Test
	void bidsExportAsCsvWithTheirFlagsAndAsXlsx() throws Exception {
		String csv = download("/bids.csv").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Reference,Title,Block", "2006/07", "RG1", "190000.00", "difference +£500");
		MockHttpServletResponse xlsx = download("/bids.xlsx");
		assertThat(xlsx.getStatus()).isEqualTo(200);
		assertThat(xlsx.getContentAsByteArray()).startsWith(0x50, 0x4B);
	}

	@Test
	void grantsAwardedCarryEvery360GivingRequiredField() throws Exception {
		JsonNode grants = JsonMapper.builder()
			.build()
			.readTree(download("/grants-360giving.json").getContentAsByteArray())
			.get("grants");
		// The nine awarded Appendix 4 rows (RG1-RG4, RG6, RG7, RG8-RG9, RG11, RG12).
		assertThat(grants.size()).isGreaterThanOrEqualTo(9);
		JsonNode rg1 = null;
		for (JsonNode g : grants) {
			for (String field : new String[] { "id", "title", "description", "currency", "amountAwarded", "awardDate",
					"recipientOrganization", "fundingOrganization" }) {
				assertThat(g.has(field)).as("%s has %s", g.get("id"), field).isTrue();
			}
			if (g.get("id").asString().endsWith("-rg1")) {
				rg1 = g;
			}
		}
		assertThat(rg1.get("id").asString()).isEqualTo("360G-nmhub-leicestershire-together-rg1");
		assertThat(rg1.get("currency").asString()).isEqualTo("GBP");
		assertThat(rg1.get("amountAwarded").decimalValue()).isEqualByComparingTo("190000");
		assertThat(rg1.get("awardDate").asString()).isEqualTo("2006-05-30");
		assertThat(rg1.get("fundingOrganization").get(0).get("name").asString()).isEqualTo("Government");
		assertThat(rg1.get("recipientOrganization").get(0).get("name").asString())
			.isEqualTo("Older People block (LAA)");
		String csv = download("/grants-360giving.csv").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Identifier,Title,Description,Currency,Amount Awarded,Award Date");
	}

	@Test
	void theLoanScheduleAndAPlanExport() throws Exception {
		String loans = mvc.perform(get(BASE + "/loans").with(user(DemoUsers.email("board", DemoUsers.COUNTY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = loans.replaceAll("(?s).*/funding/loans/(\\d+)\".*", "$1");
		String schedule = download("/loans/" + id + "/schedule.csv")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(schedule).contains("Date,What,Cash", "40828.31");
	}

}
