package org.nmhub.performance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmhub.TestMailServer;
import org.nmhub.notifications.MailOutbox;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.performance.PerformanceFixture.ADMINISTRATOR;
import static org.nmhub.performance.PerformanceFixture.BASE;
import static org.nmhub.performance.PerformanceFixture.OFFICER;
import static org.nmhub.performance.PerformanceFixture.PARTNER;
import static org.nmhub.performance.PerformanceFixture.as;
import static org.nmhub.performance.PerformanceFixture.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Data owners return actuals, performance officers approve them or send them back; bad
 * returns are refused; late returns are listed and reminded by e-mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReturnsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReturnReminders reminders;

	@Autowired
	private MailOutbox outbox;

	private PerformanceFixture fixture;

	private long indicator;

	private String code;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new PerformanceFixture(mvc, jdbc);
		code = unique("RT");
		indicator = fixture.indicator(fixture.outcome(unique("B")), code);
		mvc.perform(as(OFFICER, post(BASE + "/indicators/" + indicator + "/targets")).param("targetDate", "2007-03-31")
			.param("targetValue", "200"));
	}

	private String submit(String email, String period, String actual) throws Exception {
		var response = mvc.perform(
				as(email, post(BASE + "/indicators/" + indicator + "/periods/" + fixture.period(period) + "/return"))
					.param("actual", actual)
					.param("commentary", "Quarterly figure from the force system")
					.param("evidenceLink", "https://example.org/evidence.pdf"))
			.andReturn()
			.getResponse();
		return response.getStatus() == 302 ? "saved" : response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String status(String period) {
		return jdbc.sql("select status from performance_returns where indicator_id = :i and period_id = :p")
			.param("i", indicator)
			.param("p", fixture.period(period))
			.query(String.class)
			.optional()
			.orElse("none");
	}

	private long returnId(String period) {
		return jdbc.sql("select id from performance_returns where indicator_id = :i and period_id = :p")
			.param("i", indicator)
			.param("p", fixture.period(period))
			.query(Long.class)
			.single();
	}

	@Test
	void partnerOfficerSubmitsAndAnotherPersonApproves() throws Exception {
		assertThat(submit(PARTNER, "Q4 2006/07", "210")).isEqualTo("saved");
		assertThat(status("Q4 2006/07")).isEqualTo("SUBMITTED");
		mvc.perform(as(OFFICER, post(BASE + "/returns/" + returnId("Q4 2006/07") + "/approve")));
		assertThat(status("Q4 2006/07")).isEqualTo("APPROVED");
		String page = mvc.perform(as(OFFICER, get(BASE + "/indicators/" + indicator)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("nmhub-rag--green", "210");
		assertThat(submit(PARTNER, "Q4 2006/07", "150")).contains("has been approved and cannot be changed");
	}

	@Test
	void approvingYourOwnReturnIsRefused() throws Exception {
		assertThat(submit(OFFICER, "Q1 2006/07", "120")).isEqualTo("saved");
		mvc.perform(as(OFFICER, post(BASE + "/returns/" + returnId("Q1 2006/07") + "/approve")));
		assertThat(status("Q1 2006/07")).isEqualTo("SUBMITTED");
		mvc.perform(as(ADMINISTRATOR, post(BASE + "/returns/" + returnId("Q1 2006/07") + "/approve")));
		assertThat(status("Q1 2006/07")).isEqualTo("APPROVED");
	}

	@Test
	void sendingBackNeedsAReasonAndLetsTheOwnerResubmit() throws Exception {
		submit(PARTNER, "Q2 2006/07", "130");
		long id = returnId("Q2 2006/07");
		mvc.perform(as(OFFICER, post(BASE + "/returns/" + id + "/send-back")).param("note", " "));
		assertThat(status("Q2 2006/07")).isEqualTo("SUBMITTED");
		mvc.perform(as(OFFICER, post(BASE + "/returns/" + id + "/send-back")).param("note", "Figure is year to date"));
		assertThat(status("Q2 2006/07")).isEqualTo("SENT_BACK");
		assertThat(submit(PARTNER, "Q2 2006/07", "131")).isEqualTo("saved");
		assertThat(status("Q2 2006/07")).isEqualTo("SUBMITTED");
	}

	@Test
	void nonNumericAndOutOfRangeActualsAreRefusedNamingTheField() throws Exception {
		assertThat(submit(PARTNER, "Q3 2006/07", "about 40")).contains("The actual must be a number",
				"href=\"#actual\"");
		assertThat(submit(PARTNER, "Q3 2006/07", "1001")).contains("The actual must be between 0 and 1000");
		assertThat(submit(PARTNER, "Q3 2006/07", "-5")).contains("The actual must be between 0 and 1000");
		assertThat(status("Q3 2006/07")).isEqualTo("none");
	}

	@Test
	void aReturnForAClosedPeriodIsRefused() throws Exception {
		long period = fixture.period("Q1 2008/09");
		mvc.perform(as(OFFICER, post(BASE + "/periods/" + period + "/close")));
		try {
			assertThat(submit(PARTNER, "Q1 2008/09", "150")).contains("is closed");
			assertThat(status("Q1 2008/09")).isEqualTo("none");
		}
		finally {
			mvc.perform(as(OFFICER, post(BASE + "/periods/" + period + "/close")).param("reopen", "true"));
		}
	}

	@Test
	void partnerOfficerCannotReturnAnotherOrganisationsIndicator() throws Exception {
		long rg1 = fixture.indicatorId("RG1");
		int status = mvc
			.perform(as(PARTNER,
					post(BASE + "/indicators/" + rg1 + "/periods/" + fixture.period("Q1 2006/07") + "/return"))
				.param("actual", "1"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from performance_returns where indicator_id = :i")
			.param("i", rg1)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void partnerOfficerCannotApprove() throws Exception {
		submit(OFFICER, "Q2 2007/08", "160");
		int status = mvc.perform(as(PARTNER, post(BASE + "/returns/" + returnId("Q2 2007/08") + "/approve")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(status("Q2 2007/08")).isEqualTo("SUBMITTED");
	}

	@Test
	void lateReturnsAreListedAndRemindedByEmailOncePerWeek() throws Exception {
		String page = mvc.perform(as(PARTNER, get(BASE + "/returns")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Late returns", code, "Not submitted");

		reminders.remind(LocalDate.now());
		outbox.sendPending();
		assertThat(TestMailServer.messagesTo(PARTNER)).anySatisfy(m -> assertThat(body(m)).contains(code));
		int before = TestMailServer.messagesTo(PARTNER).size();

		reminders.remind(LocalDate.now());
		outbox.sendPending();
		assertThat(TestMailServer.messagesTo(PARTNER)).as("not reminded again within a week").hasSize(before);
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
