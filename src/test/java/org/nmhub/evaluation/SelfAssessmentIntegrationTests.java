package org.nmhub.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY + "/evaluation";

	private static final String COORDINATOR = DemoUsers.email("coordinator", DemoUsers.COUNTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noAssessmentFor2007() {
		jdbc.sql("delete from self_assessments where year_starting = 2007").update();
	}

	private long start(String user, String scope) throws Exception {
		MvcResult result = mvc
			.perform(post(BASE + "/self-assessments").with(user(user))
				.with(csrf())
				.param("scope", scope)
				.param("year", "2007"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).contains("/self-assessments/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aCoordinatorAssessesOnlyTheirOwnDistrictAndStartingTwiceFindsTheSameAssessment() throws Exception {
		long id = start(COORDINATOR, "district:E07000134");
		assertThat(start(COORDINATOR, "district:E07000134")).isEqualTo(id);
		assertThat(jdbc.sql("select count(*) from self_assessment_scores where assessment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(12);

		mvc.perform(post(BASE + "/self-assessments").with(user(COORDINATOR))
			.with(csrf())
			.param("scope", "district:E07000129")
			.param("year", "2007")).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select count(*) from self_assessments where scope_key = 'E07000129' and year_starting = 2007")
					.query(Long.class)
					.single())
			.as("another district's assessment is not started")
			.isZero();

		long melton = start(DemoUsers.email("performance", DemoUsers.COUNTY), "district:E07000133");
		mvc.perform(post(BASE + "/self-assessments/" + melton).with(user(COORDINATOR))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("score-QUALITY_INFORMATION", "1")).andExpect(status().isForbidden());
		mvc.perform(post(BASE + "/self-assessments/" + id).with(user(DemoUsers.email("board", DemoUsers.COUNTY)))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")).andExpect(status().isForbidden());
		mvc.perform(post("/p/" + DemoUsers.CITY + "/evaluation/self-assessments/" + id)
			.with(user(DemoUsers.email("administrator", DemoUsers.CITY)))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")).andExpect(status().isNotFound());
	}

	@Test
	void outOfRangeScoresAndAStaleVersionChangeNothing() throws Exception {
		long id = start(COORDINATOR, "district:E07000134");
		mvc.perform(post(BASE + "/self-assessments/" + id).with(user(COORDINATOR))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("score-QUALITY_INFORMATION", "7")
			.param("evidence-QUALITY_INFORMATION", "Profile of 2008"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quality information: choose a score from 1 to 4")));
		assertThat(score(id, "QUALITY_INFORMATION")).isNull();

		mvc.perform(post(BASE + "/self-assessments/" + id).with(user(COORDINATOR))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("score-QUALITY_INFORMATION", "3")).andExpect(status().is3xxRedirection());
		assertThat(score(id, "QUALITY_INFORMATION")).isEqualTo(3);

		mvc.perform(post(BASE + "/self-assessments/" + id).with(user(DemoUsers.email("performance", DemoUsers.COUNTY)))
			.with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("score-QUALITY_INFORMATION", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this self-assessment")));
		assertThat(score(id, "QUALITY_INFORMATION")).as("the earlier save is not lost").isEqualTo(3);
		assertThat(
				jdbc.sql("select count(*) from audit_entries where record_type = 'self-assessment' and record_id = :id")
					.param("id", String.valueOf(id))
					.query(Long.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void onlyAnotherDistrictOrAPerformanceOfficerPeerReviews() throws Exception {
		long id = start(COORDINATOR, "district:E07000134");
		mvc.perform(post(BASE + "/self-assessments/" + id + "/reviews").with(user(COORDINATOR))
			.with(csrf())
			.param("comment", "Marking my own homework"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A peer review comes from a coordinator of another district")));
		assertThat(jdbc.sql("select count(*) from self_assessment_peer_reviews where assessment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	private Integer score(long id, String element) {
		return jdbc.sql("select score from self_assessment_scores where assessment_id = :id and element_key = :e")
			.param("id", id)
			.param("e", element)
			.query(Integer.class)
			.list()
			.get(0);
	}

}
