package org.nmhub.plans;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nmhub.TestMailServer;
import org.nmhub.notifications.MailOutbox;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmhub.plans.PlanFixtures.BASE;
import static org.nmhub.plans.PlanFixtures.PARTNER;
import static org.nmhub.plans.PlanFixtures.as;
import static org.nmhub.plans.PlanFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders go over real SMTP (GreenMail) to the lead officer of each overdue or due-soon
 * action of an agreed plan, once, and the manager sees the same actions flagged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanRemindersIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlanReminders reminders;

	@Autowired
	private MailOutbox outbox;

	@Test
	void leadOfficersAreEmailedOnceAboutOverdueAndDueSoonActions() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(mvc, jdbc);
		LocalDate today = LocalDate.now();
		String tag = unique("Reminded");
		long plan = fixtures.greenhillPlan(tag + " plan");
		long priority = fixtures.priority(plan, "Crime");
		String overdue = tag + " overdue patrols";
		String soon = tag + " due-soon leaflet drop";
		String later = tag + " later CCTV review";
		String done = tag + " finished clean-up";
		for (String[] a : new String[][] { { overdue, today.minusDays(1).toString() },
				{ soon, today.plusDays(7).toString() }, { later, today.plusDays(60).toString() },
				{ done, today.minusDays(3).toString() } }) {
			mvc.perform(fixtures.actionRequest(plan, priority, a[0], "startsOn", today.minusDays(30).toString(),
					"dueOn", a[1]))
				.andExpect(status().is3xxRedirection());
		}
		long doneId = jdbc.sql("select id from plan_actions where title = :t")
			.param("t", done)
			.query(Long.class)
			.single();
		mvc.perform(
				as(PARTNER, post(BASE + "/plans/" + plan + "/actions/" + doneId + "/progress")).param("rag", "GREEN")
					.param("percentComplete", "100")
					.param("narrative", "Done")
					.param("completed", "true"))
			.andExpect(status().is3xxRedirection());
		fixtures.agreeAndEndorse(plan);

		reminders.remind(today);
		outbox.sendPending();
		assertThat(subjects(tag)).containsExactlyInAnyOrder("Overdue: " + overdue, "Due soon: " + soon);
		MimeMessage message = TestMailServer.messagesTo(PARTNER)
			.stream()
			.filter(m -> subject(m).equals("Overdue: " + overdue))
			.findFirst()
			.orElseThrow();
		assertThat(String.valueOf(message.getContent())).contains("Dear Demo partner officer (Police)", "was due on",
				tag + " plan", "/p/leicestershire-together/plans/" + plan + "/actions/");

		reminders.remind(today);
		outbox.sendPending();
		assertThat(subjects(tag)).hasSize(2);

		String list = mvc.perform(get(BASE + "/plans").with(user(PlanFixtures.MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(overdue, soon).doesNotContain(later, done);
	}

	private static List<String> subjects(String tag) {
		return TestMailServer.messagesTo(PARTNER)
			.stream()
			.map(PlanRemindersIntegrationTests::subject)
			.filter(s -> s.contains(tag))
			.toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
