package org.nmhub.plans;

import java.time.LocalDate;
import java.util.Map;

import org.nmhub.access.PartnershipId;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.notifications.Mailer;
import org.nmhub.shared.AuditedChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails the lead officer of every overdue or due-soon action of an agreed plan, once
 * per action, kind and due date. The messages go through the mail outbox in this
 * transaction, and each is audited.
 */
@Service
class PlanReminders {

	private final PlanRepository plans;

	private final Partnerships partnerships;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	PlanReminders(PlanRepository plans, Partnerships partnerships, Mailer mailer, ApplicationEventPublisher events,
			@Value("${nmhub.base-url}") String baseUrl) {
		this.plans = plans;
		this.partnerships = partnerships;
		this.mailer = mailer;
		this.events = events;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Queues the reminders due on the day given.
	 * @return how many were queued
	 */
	@Transactional
	int remind(LocalDate today) {
		int queued = 0;
		for (PartnershipRef partnership : partnerships.all()) {
			long id = partnership.id().value();
			for (PlanRepository.Reminder reminder : plans.remindable(id, today.plusDays(Action.DUE_SOON_DAYS + 1))) {
				Action action = reminder.action();
				boolean overdue = action.isOverdue(today);
				String kind = overdue ? "OVERDUE" : "DUE_SOON";
				if (!plans.recordReminder(id, action, kind, reminder.email())) {
					continue;
				}
				Plan plan = plans.plan(id, action.planId()).orElseThrow();
				String subject = (overdue ? "Overdue: " : "Due soon: ") + action.title();
				String body = "Dear " + action.leadOfficerName() + ",\n\n" + "The action \"" + action.title() + "\" in "
						+ plan.title() + " (" + partnership.name() + ") " + (overdue ? "was due on " : "is due on ")
						+ Dates.day(action.dueOn()) + ". You are its lead "
						+ "officer.\n\nPlease record its progress, or that it is complete, at\n" + baseUrl
						+ PlanPaths.action(partnership.slug(), plan.id(), action.id())
						+ "\n\nThis reminder is sent once. NM Hub\n";
				mailer.queue(reminder.email(), subject, body);
				events.publishEvent(new PlanChanged(new PartnershipId(id), plan.id(), new AuditedChange(id, null,
						"NM Hub reminders", "created", "plan reminder", String.valueOf(action.id()),
						"Reminded " + action.leadOfficerName() + " that \"" + action.title() + "\" is "
								+ (overdue ? "overdue" : "due soon"),
						Map.of(),
						Map.of("to", reminder.email(), "kind", kind, "dueOn", String.valueOf(action.dueOn())))));
				queued++;
			}
		}
		return queued;
	}

}
