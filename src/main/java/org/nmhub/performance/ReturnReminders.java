package org.nmhub.performance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nmhub.notifications.Mailer;
import org.nmhub.performance.Returns.LateReturn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails each data owner's partner officers the returns that are late, one message per
 * officer listing them; a late return is reminded at most once a week. Run daily by a
 * db-scheduler task ({@link PerformanceSchedule}).
 */
@Service
class ReturnReminders {

	static final int DAYS_BETWEEN_REMINDERS = 7;

	private final ReturnRepository returns;

	private final FrameworkRepository framework;

	private final Returns late;

	private final Mailer mailer;

	private final String baseUrl;

	ReturnReminders(ReturnRepository returns, FrameworkRepository framework, Returns late, Mailer mailer,
			@Value("${nmhub.base-url}") String baseUrl) {
		this.returns = returns;
		this.framework = framework;
		this.late = late;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	/**
	 * Queues the reminders due today.
	 * @return how many messages were queued
	 */
	@Transactional
	int remind(LocalDate today) {
		int queued = 0;
		OffsetDateTime since = OffsetDateTime.now().minusDays(DAYS_BETWEEN_REMINDERS);
		for (long p : returns.partnershipsWithFrameworks()) {
			var version = framework.currentVersion(p);
			if (version.isEmpty()) {
				continue;
			}
			Map<Long, List<LateReturn>> byOwner = late.late(p, version.get().id(), today)
				.stream()
				.collect(Collectors.groupingBy(LateReturn::ownerId, LinkedHashMap::new, Collectors.toList()));
			String slug = framework.partnershipSlug(p);
			for (var owner : byOwner.entrySet()) {
				for (String to : returns.partnerOfficers(p, owner.getKey())) {
					List<LateReturn> due = owner.getValue()
						.stream()
						.filter(l -> !returns.remindedSince(p, l.indicatorId(), l.periodId(), to, since))
						.toList();
					if (due.isEmpty()) {
						continue;
					}
					StringBuilder body = new StringBuilder("These Local Area Agreement returns for "
							+ owner.getValue().get(0).owner() + " are late:\n\n");
					for (LateReturn l : due) {
						body.append("- ")
							.append(l.indicatorCode())
							.append(' ')
							.append(l.indicatorTitle())
							.append(", ")
							.append(l.periodLabel())
							.append(" (due ")
							.append(l.dueOn())
							.append(", ")
							.append(l.state().toLowerCase())
							.append(")\n");
						returns.reminded(p, l.indicatorId(), l.periodId(), to);
					}
					body.append("\nSubmit them at ")
						.append(baseUrl)
						.append("/p/")
						.append(slug)
						.append("/performance/returns\n");
					mailer.queue(to, due.size() + " late LAA return" + (due.size() == 1 ? "" : "s"), body.toString());
					queued++;
				}
			}
		}
		return queued;
	}

}
