package org.nmhub.places;

import org.nmhub.access.PartnershipId;
import org.nmhub.shared.Audited;
import org.nmhub.shared.AuditedChange;

/**
 * A new dated designation of priority neighbourhoods was recorded.
 */
public record DesignationRecorded(PartnershipId partnershipId, long designationId, String key,
		AuditedChange change) implements Audited {

}
