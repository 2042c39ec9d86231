package org.nmhub.performance;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes one {@link PerformanceChanged} per write, for the audit log. */
@Component
class PerformanceAudit {

	private final ApplicationEventPublisher events;

	PerformanceAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	void record(PartnershipContext context, String action, String recordType, Object recordId, String summary,
			Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
		long p = context.partnershipId().value();
		events.publishEvent(new PerformanceChanged(p, recordType, String.valueOf(recordId),
				new AuditedChange(p, context.user().userId(), context.user().displayName(), action, recordType,
						String.valueOf(recordId), summary, before, after)));
	}

}
