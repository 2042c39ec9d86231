package org.nmhub.engagement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.RealData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Engagement activities recorded through the pages, checked, aggregated in SQL for reach
 * and exported; resident survey results imported all or nothing with their confidence
 * intervals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/engagement";

	private static final String ADMINISTRATOR = DemoUsers.email("administrator", DemoUsers.COUNTY);

	private static final String MANAGER = DemoUsers.email("manager", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ResidentSurveys residentSurveys;

	private static MockHttpServletRequestBuilder activity(String title, String neighbourhood, String heldOn,
			Map<String, String> more) {
		MockHttpServletRequestBuilder post = post(BASE + "/new").with(csrf())
			.param("title", title)
			.param("heldOn", heldOn)
			.param("neighbourhood", neighbourhood)
			.param("method", "WARD_WALK")
			.param("level", "CONSULT")
			.param("attending", "20");
		more.forEach(post::param);
		return post;
	}

	private long activities(String title) {
		return jdbc.sql("select count(*) from engagement_activities where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	@Test
	void managerRecordsAWardWalkWithItsCountsAndItIsAudited() throws Exception {
		var response = mvc.perform(activity("Greenhill ward walk (test)", "greenhill", "2008-07-02",
				Map.of("count-AGE-AGED_16_59", "12", "count-AGE-AGED_60_PLUS", "8", "count-GROUP-young-people", "0",
						"issuesRaised", "<script>alert('x')</script> Dog fouling", "feedbackGiven",
						"Leaflet to every house"))
			.with(user(MANAGER))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String page = mvc.perform(get(response.getRedirectedUrl()).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Greenhill ward walk (test)", "Ward walk or walkabout", "60 and over")
			.contains("&lt;script&gt;alert(")
			.doesNotContain("<script>alert(");
		long id = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(jdbc.sql("select sum(people) from engagement_reach_counts where activity_id = :a")
			.param("a", id)
			.query(Long.class)
			.single()).isEqualTo(20);
		assertThat(jdbc
			.sql("select count(*) from audit_entries where record_type = 'engagement-activity' and record_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesCountsBeyondAttendanceFutureDatesAndOtherNeighbourhoodsSavingNothing() throws Exception {
		String page = mvc
			.perform(activity("Refused activity (test)", "ibstock", "2999-01-01",
					Map.of("count-AGE-UNDER_16", "15", "count-AGE-AGED_16_59", "15", "count-SEX-FEMALE", "many",
							"count-GROUP-migrant-workers", "21"))
				.with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "Select one of the neighbourhoods you work in",
				"The date must be today or in the past",
				"Age band: the counts add up to 30, more than the 20 people attending",
				"Female: enter a number of people", "Migrant workers: 21 is more than the 20 people attending");
		assertThat(activities("Refused activity (test)")).isZero();

		String blank = mvc.perform(post(BASE + "/new").with(csrf()).with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blank).contains("Enter a name for the activity", "Enter the date it was held",
				"Select how residents were engaged", "Select the level of engagement", "Enter the number attending");
	}

	@Test
	void reachIsComparedWithThePopulationAndUnderReachedGroupsAreNamed() throws Exception {
		RealData.directory();
		mvc.perform(activity("Coalville roadshow (test)", "coalville", "2001-03-01",
				Map.of("count-AGE-AGED_16_59", "4", "count-AGE-AGED_60_PLUS", "16", "count-SEX-FEMALE", "10",
						"count-SEX-MALE", "10", "count-GROUP-older-people", "16"))
			.with(user(ADMINISTRATOR)));
		mvc.perform(activity("Coalville forum (test)", "coalville", "2001-04-01", Map.of("level", "INFORM"))
			.with(user(ADMINISTRATOR)));
		String page = mvc
			.perform(get(BASE + "/reach").param("neighbourhood", "coalville")
				.param("from", "2001-01-01")
				.param("to", "2001-12-31")
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Indices of Deprivation 2019 population denominators")
			.contains("Under-reached: Under 16, 16 to 59")
			.contains("80.0%")
			.contains("<svg");
		assertThat(page.replaceAll("\\s+", " ")).contains("<strong>2</strong> activities, <strong>40</strong> people");

		String csv = mvc
			.perform(get(BASE + "/reach.csv").param("neighbourhood", "coalville")
				.param("from", "2001-01-01")
				.param("to", "2001-12-31")
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Coalville,Age band,60 and over,16,80.0,")
			.contains("Coalville,Rarely heard groups,Older people,16,40.0,,No population figure to compare");
		byte[] xlsx = mvc
			.perform(get(BASE + "/reach.xlsx").param("neighbourhood", "coalville").with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K' });
	}

	@Test
	void theLadderProfileSaysHowMuchOnlyInformedOrConsulted() throws Exception {
		String page = mvc.perform(get(BASE + "/reach").param("neighbourhood", "ibstock").with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("100.0%</strong> of activities only informed or consulted");
	}

	@Test
	void surveyResultsAreImportedWithTheirConfidenceIntervals() throws Exception {
		String csv = """
				Neighbourhood,Year,Measure,Percent,Sample size
				Greenhill,2007,Feel safe after dark (test),50,100
				greenhill,2008,Feel safe after dark (test),62.5%,"1,200"
				""";
		var response = mvc
			.perform(multipart(BASE + "/surveys")
				.file(new MockMultipartFile("file", "survey.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(MANAGER)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String page = mvc.perform(get(BASE + "/surveys").param("neighbourhood", "greenhill").with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Feel safe after dark (test)", "40.38% to 59.62%", "59.73% to 65.20%");
		long partnership = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		long greenhill = jdbc.sql("select id from neighbourhoods where partnership_id = :p and key = 'greenhill'")
			.param("p", partnership)
			.query(Long.class)
			.single();
		assertThat(residentSurveys.results(new org.nmhub.access.PartnershipId(partnership), greenhill))
			.filteredOn(f -> f.measure().equals("Feel safe after dark (test)"))
			.extracting(f -> f.year() + ":" + f.percent() + ":" + f.ciLow() + "-" + f.ciHigh())
			.containsExactly("2007:50.00:40.38-59.62", "2008:62.50:59.73-65.20");

		String again = mvc
			.perform(multipart(BASE + "/surveys")
				.file(new MockMultipartFile("file", "survey.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("This file was already imported");
	}

	@Test
	void aBadSurveyFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
		String csv = """
				neighbourhood,year,measure,percent,sample_size
				Greenhill,2008,Satisfied with the area (test),71,300
				Atlantis,2008,Satisfied with the area (test),71,300
				Greenhill,20x8,Satisfied with the area (test),71,300
				Greenhill,2009,Satisfied with the area (test),120,300
				Greenhill,2010,Satisfied with the area (test),70,0
				Greenhill,2008,Satisfied with the area (test),72,310
				""";
		String page = mvc
			.perform(multipart(BASE + "/surveys")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The file was not imported")
			.contains("Row 3, column neighbourhood: &quot;Atlantis&quot; is not one of the partnership")
			.contains("Row 4, column year:")
			.contains("Row 5, column percent:")
			.contains("Row 6, column sample size:")
			.contains("Row 7, column measure: Another row already gives");
		assertThat(jdbc
			.sql("select count(*) from engagement_survey_results where measure = 'Satisfied with the area (test)'")
			.query(Long.class)
			.single()).isZero();

		String noColumns = mvc
			.perform(multipart(BASE + "/surveys")
				.file(new MockMultipartFile("file", "wrong.csv", "text/csv", "a,b\n1,2\n".getBytes()))
				.with(csrf())
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noColumns).contains("There is no neighbourhood column", "There is no sample size column");

		String notUtf8 = mvc
			.perform(
					multipart(BASE + "/surveys")
						.file(new MockMultipartFile("file", "latin1.csv", "text/csv",
								new byte[] { 'n', 'e', 'i', (byte) 0xE9, '\n' }))
						.with(csrf())
						.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notUtf8).contains("The file is not UTF-8 text");
	}

	@Test
	void surveyResultsAreImportedFromAnExcelWorkbook() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(bytes, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Results");
		String[] headings = { "Neighbourhood", "Year", "Measure", "Percentage", "Sample size" };
		for (int c = 0; c < headings.length; c++) {
			sheet.value(0, c, headings[c]);
		}
		sheet.value(1, 0, "Ibstock");
		sheet.value(1, 1, 2008);
		sheet.value(1, 2, "Pulling together (test)");
		sheet.value(1, 3, 35);
		sheet.value(1, 4, 80);
		workbook.finish();
		var response = mvc
			.perform(multipart(BASE + "/surveys")
				.file(new MockMultipartFile("file", "survey.xlsx", "application/octet-stream", bytes.toByteArray()))
				.with(csrf())
				.with(user(ADMINISTRATOR)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql(
				"select ci_low || '-' || ci_high from engagement_survey_results where measure = 'Pulling together (test)'")
			.query(String.class)
			.single()).isEqualTo("25.45-45.92");
	}

}
