package org.nmhub.engagement;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * An engagement record (activity, rarely heard group or survey import) was created or
 * changed.
 */
public record EngagementChanged(PartnershipId partnershipId, String recordType, long recordId,
		AuditedChange change) implements Audited {

}
