package org.nmhub.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.nmhub.notifications.MailOutboxRepository.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued e-mail. Rows are locked with {@code skip locked}, so several app instances
 * can run this at once without sending a message twice; a failed message is retried with
 * a growing delay, up to {@value #MAX_ATTEMPTS} times.
 */
@Service
public class MailOutbox {

	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final MailOutboxRepository repository;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final String from;

	MailOutbox(MailOutboxRepository repository, JavaMailSender sender, TransactionTemplate transactions,
			@Value("${nmhub.mail.from}") String from) {
		this.repository = repository;
		this.sender = sender;
		this.transactions = transactions;
		this.from = from;
	}

	/**
	 * Sends every message that is due now.
	 * @return how many messages were sent
	 */
	public int sendPending() {
		int total = 0;
		while (true) {
			Integer sent = transactions.execute(status -> sendBatch());
			if (sent == null || sent < 0) {
				return total;
			}
			total += sent;
		}
	}

	/** Sends one batch; -1 when there was nothing left to try. */
	private int sendBatch() {
		var due = repository.lockDue(50);
		if (due.isEmpty()) {
			return -1;
		}
		int sent = 0;
		for (OutgoingMail mail : due) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				sender.send(message);
				repository.markSent(mail.id());
				sent++;
			}
			catch (MailException ex) {
				Duration delay = Duration.ofMinutes((long) Math.pow(2, mail.attempts()));
				log.warn("Could not send e-mail {} (attempt {}): {}", mail.id(), mail.attempts() + 1, ex.getMessage());
				repository.markFailed(mail.id(), String.valueOf(ex.getMessage()), OffsetDateTime.now().plus(delay));
			}
		}
		return sent;
	}

}
