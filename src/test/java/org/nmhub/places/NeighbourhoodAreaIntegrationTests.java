package org.nmhub.places;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Neighbourhoods are drawn as versioned sets of real LSOAs, by the people responsible for
 * them, and every version is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeighbourhoodAreaIntegrationTests {

	private static final String AREA = "/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill/area";

	private static final String MANAGER = DemoUsers.email("manager", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Geography geography;

	@BeforeEach
	void realLsoas() throws Exception {
		Set<String> codes = new HashSet<>(LsoaFixtures.GREENHILL_2011);
		codes.add(LsoaFixtures.COALVILLE_WEST_2011);
		LsoaFixtures.load2011(jdbc, codes);
	}

	private long versions() {
		return jdbc.sql("""
				select count(*) from neighbourhood_versions v join neighbourhoods n on n.id = v.neighbourhood_id
				where n.key = 'greenhill'
				""").query(Long.class).single();
	}

	private long audits() {
		return jdbc
			.sql("select count(*) from audit_entries where record_type = 'neighbourhood' and record_id = 'greenhill'")
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder draw(String codes, String as) {
		return post(AREA).param("vintage", "2011")
			.param("validFrom", "2026-04-01")
			.param("lsoaCodes", codes)
			.param("reason", "The Greenhill estate served by the NAT")
			.with(user(as))
			.with(csrf());
	}

	@Test
	void neighbourhoodManagerDrawsTheirNeighbourhoodAsANewAuditedVersion() throws Exception {
		long versionsBefore = versions();
		long auditsBefore = audits();
		mvc.perform(draw("E01025932, e01025933", MANAGER)).andExpect(status().is3xxRedirection());
		assertThat(versions()).isEqualTo(versionsBefore + 1);
		assertThat(audits()).isEqualTo(auditsBefore + 1);
		String page = mvc.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill").with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2 LSOAs of 2011", "E01025932", "North West Leicestershire 009A", "E01025933");
	}

	@Test
	void redrawingShowsWhatChangedFromThePreviousVersion() throws Exception {
		mvc.perform(draw("E01025932 E01025933", MANAGER));
		mvc.perform(draw("E01025932 " + LsoaFixtures.COALVILLE_WEST_2011, MANAGER))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/greenhill").with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("added " + LsoaFixtures.COALVILLE_WEST_2011, "removed E01025933", "Earlier versions");
	}

	@Test
	void unknownLsoaCodeIsNamedAndNothingIsSaved() throws Exception {
		long versionsBefore = versions();
		long auditsBefore = audits();
		String page = mvc.perform(draw("E01025932 E01099999", MANAGER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "E01099999 is not 2011 LSOA");
		assertThat(versions()).isEqualTo(versionsBefore);
		assertThat(audits()).isEqualTo(auditsBefore);
	}

	@Test
	void emptyFormNamesEveryMissingField() throws Exception {
		String page = mvc
			.perform(post(AREA).param("vintage", "1999").param("lsoaCodes", " ").with(user(MANAGER)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Select the LSOA vintage", "Enter the date the area applies from",
				"Enter at least one LSOA code", "Enter why the area is drawn this way");
	}

	@Test
	void textWhereANumberOrDateIsExpectedIsShownBackWithAMessage() throws Exception {
		String page = mvc
			.perform(post(AREA).param("vintage", "abc")
				.param("validFrom", "31/02/2026")
				.param("lsoaCodes", "E01025932")
				.param("reason", "x")
				.with(user(MANAGER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Select the LSOA vintage", "Enter the date the area applies from", "31/02/2026");
	}

	@Test
	void pointInsideADrawnNeighbourhoodIsPlacedInIt() throws Exception {
		org.nmhub.RealData.directory();
		mvc.perform(draw("E01025932 E01025933", MANAGER)).andExpect(status().is3xxRedirection());
		var polygon = geography.boundaries(org.nmhub.shared.LsoaVintage.LSOA2011, java.util.List.of("E01025932"))
			.get("E01025932");
		assertThat(polygon).as("the demo loads the 2011 boundaries").isNotNull();
		var inside = polygon.getInteriorPoint();
		String page = mvc
			.perform(get("/p/" + DemoUsers.COUNTY + "/places/locate").param("longitude", String.valueOf(inside.getX()))
				.param("latitude", String.valueOf(inside.getY()))
				.with(user(DemoUsers.email("partner", DemoUsers.COUNTY))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String neighbourhood = page.substring(page.indexOf("data-testid=\"neighbourhood\""));
		assertThat(neighbourhood.substring(0, neighbourhood.indexOf("</dd>"))).contains("Greenhill");
	}

	@Test
	void managerCannotRedrawSomeoneElsesNeighbourhood() throws Exception {
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/coalville/area").with(user(MANAGER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void districtCoordinatorMayRedrawNeighbourhoodsOfTheirDistrictOnly() throws Exception {
		String coordinator = DemoUsers.email("coordinator", DemoUsers.COUNTY);
		mvc.perform(get(AREA).with(user(coordinator))).andExpect(status().isOk());
		mvc.perform(get("/p/" + DemoUsers.COUNTY + "/neighbourhoods/enderby/area").with(user(coordinator)))
			.andExpect(status().isForbidden());
	}

	@Test
	void partnerOfficersAndBoardMembersCannotRedraw() throws Exception {
		long before = versions();
		mvc.perform(draw("E01025932", DemoUsers.email("partner", DemoUsers.COUNTY))).andExpect(status().isForbidden());
		mvc.perform(draw("E01025932", DemoUsers.email("board", DemoUsers.COUNTY))).andExpect(status().isForbidden());
		assertThat(versions()).isEqualTo(before);
	}

}
