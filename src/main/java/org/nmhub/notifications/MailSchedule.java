package org.nmhub.notifications;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the outbox on a db-scheduler task: one instance of the fleet runs it at a time.
 */
@Configuration(proxyBeanMethods = false)
class MailSchedule {

	@Bean
	RecurringTask<Void> sendMailOutbox(MailOutbox outbox, @Value("${nmhub.mail.send-every:30s}") Duration every) {
		return Tasks.recurring("send-mail-outbox", FixedDelay.of(every))
			.execute((instance, context) -> outbox.sendPending());
	}

}
