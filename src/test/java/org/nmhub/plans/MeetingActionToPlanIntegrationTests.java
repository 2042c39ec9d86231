package org.nmhub.plans;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An action arising at a NAT meeting is filed in the neighbourhood's action plan. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingActionToPlanIntegrationTests {

	private static final String BASE = "/p/" + DemoUsers.COUNTY;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long meetingAction(String description) {
		long partnership = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		long body = jdbc.sql("select id from partner_bodies where partnership_id = :p and name = 'Greenhill NAT'")
			.param("p", partnership)
			.query(Long.class)
			.single();
		long meeting = jdbc
			.sql("""
					insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, time_recorded, location, source)
					values (:p, :b, :start, :end, true, 'Greenhill Centre', 'Test') returning id
					""")
			.param("p", partnership)
			.param("b", body)
			.param("start", LocalDateTime.of(2008, 10, 7, 18, 0))
			.param("end", LocalDateTime.of(2008, 10, 7, 20, 0))
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into partner_meeting_actions (partnership_id, meeting_id, description, due_on)
				values (:p, :m, :d, date '2008-12-31') returning id
				""").param("p", partnership).param("m", meeting).param("d", description).query(Long.class).single();
	}

	@Test
	void aManagerFilesAMeetingActionInTheNeighbourhoodsPlan() throws Exception {
		String description = "Clear the fly-tipping behind Greenhill shops " + System.nanoTime();
		long action = meetingAction(description);
		String manager = DemoUsers.email("manager", DemoUsers.COUNTY);

		mvc.perform(get(BASE + "/plans/from-meeting-action/" + action).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(description)))
			.andExpect(content().string(containsString("Greenhill NAT, 7 October 2008")));

		mvc.perform(post(BASE + "/plans/from-meeting-action/" + action).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Select the neighbourhood whose action plan takes this action")));
		assertThat(count(description)).isZero();

		String location = mvc
			.perform(post(BASE + "/plans/from-meeting-action/" + action).with(user(manager))
				.with(csrf())
				.param("neighbourhood", "greenhill"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches(BASE + "/plans/\\d+/actions/\\d+");
		assertThat(count(description)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from plan_evidence_links
				where reference = :r and label = 'Action arising from the Greenhill NAT meeting of 7 October 2008'
				""").param("r", "meeting-action-" + action).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void partnerOfficersAndOtherPartnershipsCannotFileIt() throws Exception {
		long action = meetingAction("Not for partner officers " + System.nanoTime());
		mvc.perform(get(BASE + "/plans/from-meeting-action/" + action)
			.with(user(DemoUsers.email("partner", DemoUsers.COUNTY)))).andExpect(status().isForbidden());
		mvc.perform(get("/p/" + DemoUsers.CITY + "/plans/from-meeting-action/" + action)
			.with(user(DemoUsers.email("administrator", DemoUsers.CITY)))).andExpect(status().isNotFound());
	}

	private long count(String description) {
		return jdbc.sql("select count(*) from plan_actions where title = :t")
			.param("t", description)
			.query(Long.class)
			.single();
	}

}
