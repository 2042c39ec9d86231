package org.nmhub.places;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class NeighbourhoodAdminIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long districtId(String slug, String ladCode) {
		return jdbc.sql("""
				select d.id from places_districts d join partnerships p on p.id = d.partnership_id
				where p.slug = :s and d.lad_code = :lad
				""").param("s", slug).param("lad", ladCode).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void coordinatorAddsANeighbourhoodToTheirDistrictAndIsSentToDrawIt() throws Exception {
		long audits = count("audit_entries");
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/new").param("name", "Hugglescote")
			.param("districtId", String.valueOf(districtId(DemoUsers.COUNTY, "E07000134")))
			.param("places", "Hugglescote St John's, Hugglescote St Mary's")
			.with(user(DemoUsers.email("coordinator", DemoUsers.COUNTY)))
			.with(csrf())).andExpect(redirectedUrl("/p/" + DemoUsers.COUNTY + "/neighbourhoods/hugglescote/area"));
		assertThat(count("audit_entries")).isEqualTo(audits + 1);
		assertThat(jdbc.sql("select places from neighbourhoods where key = 'hugglescote'")
			.query((rs, n) -> rs.getArray(1).getArray())
			.single()).isEqualTo(new String[] { "Hugglescote St John's", "Hugglescote St Mary's" });
	}

	@Test
	void coordinatorCannotAddToAnotherDistrict() throws Exception {
		long before = count("neighbourhoods");
		String page = mvc
			.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/new").param("name", "Blaby town")
				.param("districtId", String.valueOf(districtId(DemoUsers.COUNTY, "E07000129")))
				.with(user(DemoUsers.email("coordinator", DemoUsers.COUNTY)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You can add neighbourhoods to your own district only");
		assertThat(count("neighbourhoods")).isEqualTo(before);
	}

	@Test
	void anotherPartnershipsDistrictIsRefusedAndNothingIsWritten() throws Exception {
		long before = count("neighbourhoods");
		String page = mvc
			.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/new").param("name", "Somewhere")
				.param("districtId", String.valueOf(districtId(DemoUsers.CITY, "E06000016")))
				.with(user(DemoUsers.email("administrator", DemoUsers.COUNTY)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Select one of the partnership");
		assertThat(count("neighbourhoods")).isEqualTo(before);
	}

	@Test
	void duplicateNeighbourhoodNameIsRefused() throws Exception {
		String page = mvc
			.perform(post("/p/" + DemoUsers.COUNTY + "/neighbourhoods/new").param("name", "Greenhill")
				.param("districtId", String.valueOf(districtId(DemoUsers.COUNTY, "E07000134")))
				.with(user(DemoUsers.email("administrator", DemoUsers.COUNTY)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is already a neighbourhood called Greenhill");
	}

	@Test
	void performanceOfficerRecordsADatedDesignationThatListsItsNeighbourhoods() throws Exception {
		long greenhill = jdbc.sql("select id from neighbourhoods where key = 'greenhill'").query(Long.class).single();
		long city = jdbc.sql("""
				select n.id from neighbourhoods n join partnerships p on p.id = n.partnership_id
				where p.slug = :s limit 1
				""").param("s", DemoUsers.CITY).query(Long.class).single();
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/designations/new").param("name", "Test designation 2026")
			.param("designatedOn", "2026-04-01")
			.param("reason", "A test of the designation form")
			.param("evidence", "The selection run of 1 April")
			.param("neighbourhoodIds", String.valueOf(greenhill), String.valueOf(city))
			.with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		String page = mvc
			.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods")
				.with(user(DemoUsers.email("board", DemoUsers.COUNTY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Test designation 2026", "Designated 1 April 2026 – 1 neighbourhood",
				"The selection run of 1 April");
	}

	@Test
	void garbageInTypedFieldsIsShownBackWithMessagesNotAnError() throws Exception {
		assertThat(pageAfterPosting("/neighbourhoods/new", "name", "Anywhere", "districtId", "not-a-number"))
			.contains("Select one of the partnership");
		assertThat(pageAfterPosting("/designations/new", "name", "Garbage dates", "designatedOn", "yesterday", "reason",
				"x", "neighbourhoodIds", "x1"))
			.contains("Enter a real date");
		assertThat(pageAfterPosting("/bodies/new", "name", "A body", "type", "EMPIRE", "reportsToId", "abc",
				"publicBody", "maybe"))
			.contains("Select the kind of body");
	}

	/**
	 * Posts a form as the county's administrator; the form must come back (200) with its
	 * messages.
	 */
	private String pageAfterPosting(String path, String... namesAndValues) throws Exception {
		var request = post("/p/" + DemoUsers.COUNTY + path)
			.with(user(DemoUsers.email("administrator", DemoUsers.COUNTY)))
			.with(csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void partnerOfficerCannotRecordDesignations() throws Exception {
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/designations/new")
			.with(user(DemoUsers.email("partner", DemoUsers.COUNTY)))).andExpect(status().isForbidden());
	}

}
