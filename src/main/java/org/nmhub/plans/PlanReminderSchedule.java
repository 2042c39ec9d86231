package org.nmhub.plans;

import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the action reminders every day on a db-scheduler task, so that one app instance of
 * the fleet sends them.
 */
@Configuration(proxyBeanMethods = false)
class PlanReminderSchedule {

	@Bean
	RecurringTask<Void> remindActionLeads(PlanReminders reminders,
			@Value("${nmhub.plans.reminders-at:07:00}") LocalTime at) {
		return Tasks.recurring("remind-action-leads", Schedules.daily(at))
			.execute((instance, context) -> reminders.remind(LocalDate.now(Dates.LONDON)));
	}

}
