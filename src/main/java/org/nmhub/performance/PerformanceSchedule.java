package org.nmhub.performance;

import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminds data owners of late returns every day, on a db-scheduler task: one instance of
 * the fleet runs it.
 */
@Configuration(proxyBeanMethods = false)
class PerformanceSchedule {

	@Bean
	RecurringTask<Void> remindLateReturns(ReturnReminders reminders,
			@Value("${nmhub.performance.reminders-at:07:00}") LocalTime at) {
		return Tasks.recurring("remind-late-laa-returns", Schedules.daily(at))
			.execute((instance, context) -> reminders.remind(LocalDate.now()));
	}

}
