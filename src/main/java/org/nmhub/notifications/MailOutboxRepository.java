package org.nmhub.notifications;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailOutboxRepository {

	private final JdbcClient jdbc;

	MailOutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String recipient, String subject, String body) {
		jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:r, :s, :b)")
			.param("r", recipient)
			.param("s", subject)
			.param("b", body)
			.update();
	}

	/**
	 * Locks up to {@code limit} messages due for sending; other instances skip them until
	 * this transaction ends.
	 */
	List<OutgoingMail> lockDue(int limit) {
		return jdbc.sql("""
				select id, recipient, subject, body, attempts from mail_outbox
				where sent_at is null and next_attempt_at <= now() and attempts < :maxAttempts
				order by id limit :limit for update skip locked
				""")
			.param("maxAttempts", MailOutbox.MAX_ATTEMPTS)
			.param("limit", limit)
			.query((rs, n) -> new OutgoingMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void markSent(long id) {
		jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
			.param("id", id)
			.update();
	}

	void markFailed(long id, String error, OffsetDateTime nextAttempt) {
		jdbc.sql(
				"update mail_outbox set attempts = attempts + 1, last_error = :e, next_attempt_at = :next where id = :id")
			.param("id", id)
			.param("e", error.length() > 500 ? error.substring(0, 500) : error)
			.param("next", nextAttempt)
			.update();
	}

	record OutgoingMail(long id, String recipient, String subject, String body, int attempts) {
	}

}
