package org.nmhub.partners;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;
import org.nmhub.shared.AuditedChange;

/** Builds the audited event for a partner-side write by the signed-in user. */
final class PartnersAudit {

	private PartnersAudit() {
	}

	static PartnersChanged change(PartnershipContext context, String action, String recordType, long id, String summary,
			Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
		return new PartnersChanged(context.partnershipId(),
				new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), action, recordType, String.valueOf(id), summary, before, after));
	}

}
