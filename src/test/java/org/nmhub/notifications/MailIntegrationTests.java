package org.nmhub.notifications;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nmhub.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class MailIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aQueuedMessageIsSentOverSmtpAfterTheWriterCommits() throws Exception {
		String to = "lead-" + UUID.randomUUID() + "@police.example";
		transactions.executeWithoutResult(status -> mailer.queue(to, "Action overdue:\r\n Greenhill graffiti",
				"Your action is overdue.\nPlease update it."));

		assertThat(TestMailServer.messagesTo(to)).isEmpty();
		outbox.sendPending();

		assertThat(TestMailServer.messagesTo(to)).hasSize(1);
		MimeMessage message = TestMailServer.messagesTo(to).get(0);
		assertThat(message.getSubject()).isEqualTo("Action overdue: Greenhill graffiti");
		assertThat(message.getFrom()[0].toString()).isEqualTo("nmhub@localhost");
		assertThat(((String) message.getContent()).replace("\r\n", "\n"))
			.contains("Your action is overdue.\nPlease update it.");

		outbox.sendPending();
		assertThat(TestMailServer.messagesTo(to)).as("sent once, not again").hasSize(1);
	}

	@Test
	void aRolledBackWriteSendsNothing() {
		String to = "rollback-" + UUID.randomUUID() + "@health.example";
		transactions.executeWithoutResult(status -> {
			mailer.queue(to, "Never", "Never sent");
			status.setRollbackOnly();
		});
		outbox.sendPending();
		assertThat(TestMailServer.messagesTo(to)).isEmpty();
	}

	@Test
	void queueingOutsideATransactionOrToANonAddressIsRefused() {
		assertThatThrownBy(() -> mailer.queue("someone@example.org", "s", "b"))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> mailer.queue("not an address", "s", "b")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not an address");
	}

}
