package org.nmhub.dashboards;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for meetings that need a board pack every hour (by default), on a db-scheduler
 * task: one instance of the fleet runs each execution.
 */
@Configuration(proxyBeanMethods = false)
class BoardPackSchedule {

	@Bean
	RecurringTask<Void> generateBoardPacks(BoardPacks packs,
			@Value("${nmhub.dashboards.board-packs-every:PT1H}") Duration every) {
		return Tasks.recurring("generate-board-packs", Schedules.fixedDelay(every))
			.execute((instance, context) -> packs.generateDue(Instant.now()));
	}

}
