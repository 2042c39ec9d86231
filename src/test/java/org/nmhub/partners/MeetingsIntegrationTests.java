package org.nmhub.partners;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MeetingsIntegrationTests {

	private static final String P = "/p/" + DemoUsers.COUNTY;

	private static final String ADMIN = DemoUsers.email("administrator", DemoUsers.COUNTY);

	private static final String PARTNER = DemoUsers.email("partner", DemoUsers.COUNTY);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private String post(String path, String... namesAndValues) throws Exception {
		return FormPosts.shown(mvc, ADMIN, P + path, namesAndValues);
	}

	private long body(String name) {
		return jdbc.sql("select id from partner_bodies where name = :n").param("n", name).query(Long.class).single();
	}

	private long organisation(String name) {
		return jdbc.sql("select id from organisations where name = :n").param("n", name).query(Long.class).single();
	}

	private long meetingOf(String body, String date) {
		return jdbc.sql("""
				select id from partner_meetings where body_id = :b
				and cast(starts_at at time zone 'Europe/London' as date) = cast(:d as date)
				""").param("b", body(body)).param("d", date).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void aMeetingEndingBeforeItStartsIsRefusedAndNothingIsSaved() throws Exception {
		long before = count("partner_meetings");
		assertThat(post("/bodies/" + body("Ashby NAT") + "/meetings/new", "date", "2008-06-01", "startTime", "18:00",
				"endTime", "17:00"))
			.contains("The meeting must end after it starts");
		assertThat(post("/bodies/" + body("Ashby NAT") + "/meetings/new", "date", "31/02/2008", "startTime", "18:00",
				"endTime", "19:00"))
			.contains("Enter a real date");
		assertThat(post("/bodies/" + body("Ashby NAT") + "/meetings/new", "date", "2008-06-01", "startTime", "6pm",
				"endTime", "19:00"))
			.contains("Enter the start time");
		assertThat(count("partner_meetings")).isEqualTo(before);
	}

	@Test
	void attendanceFromANonMemberOrganisationIsRecordedAndFlaggedAsAGuestAndAPersonNeedsAnOrganisation()
			throws Exception {
		long meeting = meetingOf("Greenhill NAT", "2008-10-14");
		assertThat(post("/meetings/" + meeting + "/attendance", "person", "Store manager", "organisationId",
				String.valueOf(organisation("Asda")), "status", "PRESENT"))
			.contains("has been recorded as a guest");
		assertThat(jdbc.sql("select guest from partner_attendance where meeting_id = :m and person = 'Store manager'")
			.param("m", meeting)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(post("/meetings/" + meeting + "/attendance", "person", "NWL member", "organisationId",
				String.valueOf(organisation("North West Leicestershire District Council")), "status", "PRESENT"))
			.doesNotContain("as a guest");

		long attendance = count("partner_attendance");
		assertThat(post("/meetings/" + meeting + "/attendance", "person", "Nobody's", "status", "PRESENT"))
			.contains("Select the person");
		assertThat(post("/meetings/" + meeting + "/attendance", "person", "Sub", "organisationId",
				String.valueOf(organisation("Police")), "status", "SUBSTITUTE"))
			.contains("Enter the name of the member they substituted for");
		assertThat(count("partner_attendance")).isEqualTo(attendance);

		String page = mvc.perform(get(P + "/meetings/" + meeting).with(user(ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Store manager", "Guest – not a member");
	}

	@Test
	void calendarsAreRfc5545AndABodyTheUserCannotSeeIsForbidden() throws Exception {
		String ics = mvc.perform(get(P + "/bodies/" + body("Greenhill NAT") + "/meetings.ics").with(user(PARTNER)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART:20080415T173000Z\r\n");
		mvc.perform(get(P + "/bodies/" + body("Charnwood Together") + "/meetings.ics").with(user(PARTNER)))
			.andExpect(status().isForbidden());
		mvc.perform(get(P + "/bodies/" + body("Charnwood Together")).with(user(PARTNER)))
			.andExpect(status().isForbidden());
		mvc.perform(get(P + "/bodies/99999999/meetings.ics").with(user(ADMIN))).andExpect(status().isNotFound());
		mvc.perform(get(P + "/meetings/" + meetingOf("LAA (Board) Champions Group", "2006-05-11")).with(user(PARTNER)))
			.andExpect(status().isForbidden());

		String mine = mvc.perform(get(P + "/meetings/mine.ics").with(user(PARTNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("SUMMARY:Greenhill NAT (illustrative)").doesNotContain("Champions");
		String champions = mvc
			.perform(get(P + "/bodies/" + body("LAA (Board) Champions Group") + "/meetings.ics").with(user(ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(champions).contains("DTSTART;VALUE=DATE:20060511\r\n",
				"LOCATION:Goscote Committee Room\\, County Hall\r\n");
	}

	@Test
	void thePublicSeeOnlyPublicBodiesMeetingDates() throws Exception {
		String page = mvc.perform(get("/public/" + DemoUsers.COUNTY + "/meetings"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Greenhill Neighbourhood Forum", "10 June 2008")
			.doesNotContain("Greenhill NAT")
			.doesNotContain("illustrative)")
			.doesNotContain("Residents&#39; priorities");
	}

	@Test
	void theChampionsGroupMeetingOf11May2006IsAsItsNoteRecords() throws Exception {
		String page = mvc
			.perform(get(P + "/meetings/" + meetingOf("LAA (Board) Champions Group", "2006-05-11")).with(user(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mick Wells (Chair)", "Gill Jackson", "Apologies", "Goscote Committee Room",
				"time-limited subgroup", "Not recorded in the source");
	}

	@Test
	void anActionIsRecordedWithItsOwnerAndAPartnerOfficerCompletesOnlyTheirOwn() throws Exception {
		long meeting = meetingOf("Coalville NAT", "2008-10-21");
		assertThat(post("/meetings/" + meeting + "/actions", "description", "Lighting survey"))
			.contains("Select the organisation that owns the action");
		post("/meetings/" + meeting + "/actions", "description", "Lighting survey", "ownerOrganisationId",
				String.valueOf(organisation("NWL CVS")), "dueOn", "2008-12-01");
		long action = jdbc
			.sql("select id from partner_meeting_actions where meeting_id = :m and description = 'Lighting survey'")
			.param("m", meeting)
			.query(Long.class)
			.single();
		assertThat(FormPosts.post(mvc, PARTNER, P + "/meeting-actions/" + action + "/done").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(post("/meetings/" + meeting + "/actions", "description", "x", "ownerOrganisationId",
				String.valueOf(organisation("Police")), "dueOn", "soon"))
			.contains("Enter a real date");
	}

}
