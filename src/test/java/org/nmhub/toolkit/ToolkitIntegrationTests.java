package org.nmhub.toolkit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ToolkitIntegrationTests {

	private static final String CITY_ADMIN = DemoUsers.email("administrator", DemoUsers.CITY);

	private static final String COUNTY_COORDINATOR = DemoUsers.email("coordinator", DemoUsers.COUNTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReviewsGlossaryAndPassagesAreLoadedOnceWhateverTheNumberOfStarts() {
		new ToolkitReferenceData(new ToolkitRepository(jdbc)).run(null);
		assertThat(
				jdbc.sql("select count(*) from glossary_terms where partnership_id is null").query(Long.class).single())
			.isEqualTo(ToolkitReferenceData.GLOSSARY.size())
			.isEqualTo(36);
		assertThat(
				jdbc.sql("select count(*) from toolkit_items where partnership_id is null").query(Long.class).single())
			.isEqualTo(ToolkitReferenceData.MATERIAL.size());
	}

	@Test
	void searchRanksTitleMatchesFirstAndStemsWords() throws Exception {
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/toolkit").param("q", "essential elements")
			.with(user(COUNTY_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 items matching essential elements")));
		// "engaging" finds material that says "engagement" (English stemming).
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/toolkit").param("q", "engaging residents")
			.with(user(COUNTY_COORDINATOR)))
			.andExpect(content().string(containsString("What the neighbourhood management toolkit should cover")));
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/toolkit").param("q", "\"); drop table toolkit_items; --")
			.with(user(COUNTY_COORDINATOR))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from toolkit_items").query(Long.class).single()).isPositive();
	}

	@Test
	void aPartnershipsOwnMaterialAndTermsStayWithIt() throws Exception {
		String title = "City-only guidance " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/p/" + DemoUsers.CITY + "/toolkit/new").with(user(CITY_ADMIN))
			.with(csrf())
			.param("title", title)
			.param("kind", "GUIDANCE")
			.param("body", "Saffron quarterly walkabout <script>alert(1)</script>")
			.param("tags", "walkabout")).andExpect(redirectedUrl("/p/" + DemoUsers.CITY + "/toolkit"));
		long id = jdbc.sql("select id from toolkit_items where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select count(*) from audit_entries where record_type = 'toolkit item' and record_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/p/" + DemoUsers.CITY + "/toolkit/" + id).with(user(CITY_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/toolkit").param("q", "walkabout").with(user(COUNTY_COORDINATOR)))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/toolkit/" + id).with(user(COUNTY_COORDINATOR)))
			.andExpect(status().isNotFound());

		String abbreviation = "Z" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		mvc.perform(post("/p/" + DemoUsers.CITY + "/glossary").with(user(CITY_ADMIN))
			.with(csrf())
			.param("abbreviation", abbreviation)
			.param("meaning", "Saffron Community Forum"))
			.andExpect(redirectedUrl("/p/" + DemoUsers.CITY + "/glossary"));
		mvc.perform(get("/p/" + DemoUsers.CITY + "/glossary.json").with(user(CITY_ADMIN)))
			.andExpect(
					jsonPath("$[?(@.abbreviation == '" + abbreviation + "')].meaning").value("Saffron Community Forum"))
			.andExpect(jsonPath("$[?(@.abbreviation == 'LAA')].meaning").value("Local Area Agreement"));
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/glossary.json").with(user(COUNTY_COORDINATOR)))
			.andExpect(content().string(not(containsString(abbreviation))));
		mvc.perform(get("/public/glossary.json"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(abbreviation))))
			.andExpect(jsonPath("$[?(@.abbreviation == 'NAT')].meaning").value("Neighbourhood Action Team"));
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from toolkit_items").query(Long.class).single();
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/toolkit/new").with(user(COUNTY_COORDINATOR))
			.with(csrf())
			.param("title", "The seven essential elements of neighbourhood management")
			.param("kind", "NOT_A_KIND")
			.param("body", "x".repeat(20001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The toolkit already has material called")))
			.andExpect(content().string(containsString("Select what kind of material this is")))
			.andExpect(content().string(containsString("The material must be 20,000 characters or fewer")));
		mvc.perform(post("/p/" + DemoUsers.COUNTY + "/glossary").with(user(COUNTY_COORDINATOR))
			.with(csrf())
			.param("abbreviation", "<b>")
			.param("meaning", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the abbreviation")))
			.andExpect(content().string(containsString("Enter what it stands for")));
		assertThat(jdbc.sql("select count(*) from toolkit_items").query(Long.class).single()).isEqualTo(before);

		mvc.perform(
				post("/p/" + DemoUsers.COUNTY + "/toolkit/new").with(user(DemoUsers.email("partner", DemoUsers.COUNTY)))
					.with(csrf())
					.param("title", "Partner material")
					.param("kind", "OTHER")
					.param("body", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/p/" + DemoUsers.COUNTY + "/glossary").with(user(DemoUsers.email("manager", DemoUsers.COUNTY)))
					.with(csrf())
					.param("abbreviation", "QQ")
					.param("meaning", "x"))
			.andExpect(status().isForbidden());
	}

}
