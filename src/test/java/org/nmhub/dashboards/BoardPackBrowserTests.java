package org.nmhub.dashboards;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmhub.BrowserSupport;
import org.nmhub.DemoUsers;
import org.nmhub.PdfText;
import org.nmhub.TestMailServer;
import org.nmhub.notifications.MailOutbox;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoardPackBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Autowired
	BoardPacks boardPacks;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBoardMemberOpensThePackLinkedFromTheirEmailAndAPartnerOfficerIsRefused() throws Exception {
		long p = jdbc.sql("select id from partnerships where slug = :s")
			.param("s", DemoUsers.COUNTY)
			.query(Long.class)
			.single();
		long board = jdbc
			.sql("select id from partner_bodies where partnership_id = :p and name = 'Leicestershire Together Board'")
			.param("p", p)
			.query(Long.class)
			.single();
		String agendaItem = "Browser pack item " + ThreadLocalRandom.current().nextInt(1_000_000);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime startsAt = LocalDateTime.ofInstant(now, BoardPackRepository.LONDON)
			.plusDays(2)
			.plusMinutes(ThreadLocalRandom.current().nextInt(1, 600));
		long meeting = jdbc.sql("""
				insert into partner_meetings (partnership_id, body_id, starts_at, ends_at, location)
				values (:p, :b, cast(:s as timestamp) at time zone 'Europe/London',
				        cast(:s as timestamp) at time zone 'Europe/London' + interval '2 hours', 'County Hall')
				returning id
				""").param("p", p).param("b", board).param("s", startsAt.toString()).query(Long.class).single();
		jdbc.sql(
				"insert into partner_agenda_items (partnership_id, meeting_id, position, title) values (:p, :m, 1, :t)")
			.param("p", p)
			.param("m", meeting)
			.param("t", agendaItem)
			.update();
		boardPacks.generateDue(now);
		outbox.sendPending();
		long pack = jdbc.sql("select id from dashboards_board_packs where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single();

		String member = DemoUsers.email("board", DemoUsers.COUNTY);
		Pattern link = Pattern.compile("https?://\\S+(/p/" + DemoUsers.COUNTY + "/board-packs/" + pack + ")\\b");
		List<String> paths = TestMailServer.messagesTo(member)
			.stream()
			.map(BoardPackBrowserTests::body)
			.map(link::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.toList();
		assertThat(paths).as("the link in the board member's e-mail").hasSize(1);

		browser.signIn(member, DemoUsers.PASSWORD);
		browser.open(paths.get(0));
		assertThat(browser.text("h1")).startsWith("Leicestershire Together Board pack for");
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());
		String href = browser.driver().findElement(By.cssSelector("[data-testid=pack-pdf]")).getAttribute("href");
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map((Cookie c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(pdf.body()).replaceAll("\\s+", " ")).contains(agendaItem, "Key figures",
				"Local Area Agreement: RAG summary", "Plan delivery", "Alerts");

		browser.open("/p/" + DemoUsers.COUNTY + "/board-packs");
		assertThat(browser.texts("[data-testid=packs] a")).anyMatch(a -> a.startsWith("Leicestershire Together Board"));
		BrowserSupport.assertNoSeriousAccessibilityViolations(browser.driver());

		browser.signIn(DemoUsers.email("partner", DemoUsers.COUNTY), DemoUsers.PASSWORD);
		browser.open(paths.get(0));
		assertThat(browser.text("h1")).doesNotContain("pack for");
		HttpResponse<byte[]> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie",
						browser.driver()
							.manage()
							.getCookies()
							.stream()
							.map((Cookie c) -> c.getName() + "=" + c.getValue())
							.collect(Collectors.joining("; ")))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
