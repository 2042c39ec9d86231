package org.nmhub.notifications;

import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an e-mail in the caller's transaction. The message is sent by {@link MailOutbox}
 * after the transaction commits; if it rolls back, nothing is sent.
 */
@Service
public class Mailer {

	private static final Pattern ADDRESS = Pattern.compile("^[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+$");

	static final int MAX_SUBJECT = 200;

	private final MailOutboxRepository outbox;

	Mailer(MailOutboxRepository outbox) {
		this.outbox = outbox;
	}

	/**
	 * Queues a plain-text message to one address.
	 * @throws IllegalArgumentException if the address is not a plausible e-mail address
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, String subject, String body) {
		String address = to.trim();
		if (!ADDRESS.matcher(address).matches()) {
			throw new IllegalArgumentException("Not an e-mail address: " + to);
		}
		String oneLineSubject = subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
		if (oneLineSubject.length() > MAX_SUBJECT) {
			oneLineSubject = oneLineSubject.substring(0, MAX_SUBJECT);
		}
		outbox.insert(address, oneLineSubject, body);
	}

}
