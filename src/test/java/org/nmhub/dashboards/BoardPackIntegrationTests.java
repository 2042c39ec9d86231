package org.nmhub.dashboards;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.nmhub.TestMailServer;
import org.nmhub.notifications.MailOutbox;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board's pack is made once before its meeting, even when two runs (as on two app
 * instances) try at the same moment, and its members get one e-mail each with a link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BoardPackIntegrationTests {

	@Autowired
	BoardPacks boardPacks;

	@Autowired
	BoardPackRepository repository;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardsPackIsMadeOnceAndMailedToItsMembersAsALink() throws Exception {
		long p = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		long board = jdbc
			.sql("select id from partner_bodies where partnership_id = :p and name = 'Leicestershire Together Board'")
			.param("p", p)
			.query(Long.class)
			.single();
		String agendaItem = "Pack test item " + ThreadLocalRandom.current().nextInt(1_000_000);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime startsAt = LocalDateTime.ofInstant(now, BoardPackRepository.LONDON)
			.plusDays(3)
			.plusMinutes(ThreadLocalRandom.current().nextInt(1, 600));
		long meeting = meeting(p, board, startsAt);
		jdbc.sql("""
				insert into partner_agenda_items (partnership_id, meeting_id, position, title)
				values (:p, :m, 1, :t)
				""").param("p", p).param("m", meeting).param("t", agendaItem).update();
		// a meeting of the same board beyond the 7 days gets no pack yet
		long later = meeting(p, board, startsAt.plusDays(20));

		ExecutorService two = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = List.of(two.submit(() -> {
			start.await();
			return boardPacks.generateDue(now);
		}), two.submit(() -> {
			start.await();
			return boardPacks.generateDue(now);
		}));
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		two.shutdown();
		boardPacks.generateDue(now);
		outbox.sendPending();

		assertThat(packs(meeting)).as("one pack for the meeting").isEqualTo(1);
		assertThat(packs(later)).isZero();
		long pack = jdbc.sql("select id from dashboards_board_packs where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single();
		String text = PdfText.of(repository.pdf(p, pack));
		assertThat(text).contains("Leicestershire Together Board").contains(agendaItem).contains("Key figures");

		String member = DemoUsers.email("board", DemoUsers.COUNTY);
		List<MimeMessage> mails = TestMailServer.messagesTo(member)
			.stream()
			.filter(m -> body(m).contains("/board-packs/" + pack + "\n") || body(m).endsWith("/board-packs/" + pack))
			.toList();
		assertThat(mails).as("one e-mail to the board member, with the link").hasSize(1);
		assertThat(body(mails.get(0))).contains("/p/" + DemoUsers.COUNTY + "/board-packs/" + pack).contains("sign in");
		assertThat(mails.get(0).getContentType()).as("a link, not an attachment").startsWith("text/plain");
		assertThat(TestMailServer.messagesTo(DemoUsers.email("partner", DemoUsers.COUNTY))
			.stream()
			.filter(m -> body(m).contains("/board-packs/" + pack))).as("not to a partner officer who is not a member")
			.isEmpty();
	}

	private long meeting(long p, long body, LocalDateTime startsAt) {
		return jdbc.sql("""
				insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, location)
				values (:p, :b, cast(:s as timestamp) at time zone 'Europe/London',
				        cast(:s as timestamp) at time zone 'Europe/London' + interval '2 hours', 'County Hall')
				returning id
				""").param("p", p).param("b", body).param("s", startsAt.toString()).query(Long.class).single();
	}

	private long packs(long meeting) {
		return jdbc.sql("select count(*) from dashboards_board_packs where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single();
	}

	private static String body(MimeMessage message) {
		try {
			return message.getContent().toString().replace("\r\n", "\n").strip();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
